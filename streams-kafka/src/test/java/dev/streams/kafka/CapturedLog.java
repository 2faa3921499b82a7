package dev.streams.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every log line written while it is open, through Log4j 2: the backend on this module's test
 * class path, which spring-kafka's logging (commons-logging) reaches directly.
 *
 * <pre>{@code
 * try (CapturedLog log = CapturedLog.start()) {
 *     ... // code that logs
 *     assertThat(log.lines()).noneMatch(line -> line.contains("secret"));
 * }
 * }</pre>
 */
final class CapturedLog implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final AbstractAppender appender = new AbstractAppender("captured", null, null, true,
            Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            Throwable thrown = event.getThrown();
            lines.add(event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                    + (thrown == null ? "" : " " + thrown));
        }
    };

    private CapturedLog() {
        appender.start();
        context.getConfiguration().getRootLogger().addAppender(appender, null, null);
        context.updateLoggers();
    }

    static CapturedLog start() {
        return new CapturedLog();
    }

    /** The lines so far: logger name, then the formatted message and the exception, if any. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        context.getConfiguration().getRootLogger().removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }
}
