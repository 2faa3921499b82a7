package dev.streams.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The executors of the starter's long-running tasks (listener handlers, channel consumers), built
 * with Boot's {@link SimpleAsyncTaskExecutorBuilder}: a new thread per task, virtual when
 * {@code spring.threads.virtual.enabled=true}, wrapped by the application's {@code TaskDecorator}
 * (for example Boot's {@code ContextPropagatingTaskDecorator}, so MDC and trace context reach the
 * threads). Daemon threads, without Boot's concurrency limit: {@code max-connections} and
 * {@code concurrency} already bound them.
 */
final class StreamsExecutors {

    private StreamsExecutors() {
    }

    /**
     * @param builder Boot's builder bean, or null outside Boot's task auto-configuration
     * @param threadNamePrefix e.g. {@code streams-echo-handler-}
     */
    static SimpleAsyncTaskExecutor create(@Nullable SimpleAsyncTaskExecutorBuilder builder, Environment environment,
            String threadNamePrefix) {
        SimpleAsyncTaskExecutorBuilder configured = (builder != null) ? builder
                : new SimpleAsyncTaskExecutorBuilder().virtualThreads(Threading.VIRTUAL.isActive(environment));
        SimpleAsyncTaskExecutor executor = configured.threadNamePrefix(threadNamePrefix)
            .concurrencyLimit(null)
            .rejectTasksWhenLimitReached(false)
            .build();
        executor.setDaemon(true);
        return executor;
    }
}
