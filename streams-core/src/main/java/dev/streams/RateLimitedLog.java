package dev.streams;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * A warning that can repeat once per connection (a handler thread that cannot be created, a
 * failing accept) logged at most once per interval: the first occurrence with its exception, later
 * ones counted and reported with the next line. A flood of connections then costs a log line per
 * interval, not one per connection. Not thread-safe: one serving thread reports.
 */
final class RateLimitedLog {

    static final long DEFAULT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final System.Logger log;
    private final long intervalNanos;
    private long lastLogged;
    private boolean loggedOnce;
    private long suppressed;

    RateLimitedLog(System.Logger log, long intervalNanos) {
        this.log = log;
        this.intervalNanos = intervalNanos;
    }

    /** Logs {@code message} at WARNING unless a line went out less than an interval ago; then counts it. */
    void warn(String message, Throwable cause) {
        long now = System.nanoTime();
        if (loggedOnce && now - lastLogged < intervalNanos) {
            suppressed++;
            return;
        }
        String line = suppressed == 0 ? message
                : message + " (and " + suppressed + " more times in the last "
                        + TimeUnit.NANOSECONDS.toSeconds(now - lastLogged) + " s)";
        log.log(Level.WARNING, line, cause);
        loggedOnce = true;
        lastLogged = now;
        suppressed = 0;
    }
}
