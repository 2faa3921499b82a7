package dev.streams;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Starts "a new thread" as the API means it, the thread a task runs on: a virtual thread on JDK 21
 * and later, a platform (daemon) thread on JDK 17. {@link Listener#serve(StreamHandler)} runs its
 * handlers on such threads; code that starts its own tasks next to a listener can do the same.
 *
 * <pre>{@code
 * Thread worker = TaskThreads.start("orders-consumer", () -> consume(orders));
 * }</pre>
 *
 * <p>The library is compiled with {@code --release 17}, so {@code Thread.ofVirtual()} is reached
 * through a method handle looked up once. Set the system property
 * {@code dev.streams.virtualThreads=false} to force platform threads (for example to compare the
 * two in a benchmark). Thread-safe.
 */
public final class TaskThreads {

    private static final @Nullable MethodHandle NEW_VIRTUAL_THREAD = lookUpVirtualThreadFactory();
    private static final AtomicLong PLATFORM_THREAD_COUNTER = new AtomicLong();
    private static final @Nullable MethodHandle IS_VIRTUAL = lookUpIsVirtual();

    private TaskThreads() {
    }

    /** Whether {@link #start} creates virtual threads on this JVM. */
    public static boolean virtualThreadsAvailable() {
        return NEW_VIRTUAL_THREAD != null;
    }

    /** Whether the calling thread is a virtual thread (always false before JDK 21). */
    public static boolean currentIsVirtual() {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
        } catch (Throwable e) {
            throw new IllegalStateException("cannot ask whether a thread is virtual", e);
        }
    }

    private static @Nullable MethodHandle lookUpIsVirtual() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual",
                    MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            return null; // JDK 17-20: no virtual threads
        }
    }

    /** Creates, names and starts a thread for {@code task}. */
    public static Thread start(String name, Runnable task) {
        Thread thread = newThread(name, task);
        thread.start();
        return thread;
    }

    /** Creates and names a thread for {@code task} without starting it. */
    public static Thread newThread(String name, Runnable task) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Thread thread;
        if (NEW_VIRTUAL_THREAD != null) {
            try {
                thread = (Thread) NEW_VIRTUAL_THREAD.invokeExact(task);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create a virtual thread", e);
            }
        } else {
            thread = new Thread(task);
            thread.setDaemon(true);
        }
        thread.setName(name + (NEW_VIRTUAL_THREAD != null ? "" : "-" + PLATFORM_THREAD_COUNTER.incrementAndGet()));
        return thread;
    }

    private static @Nullable MethodHandle lookUpVirtualThreadFactory() {
        if (!Boolean.parseBoolean(System.getProperty("dev.streams.virtualThreads", "true"))) {
            return null;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle factory = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
            MethodHandle unstarted = lookup.findVirtual(builder, "unstarted",
                    MethodType.methodType(Thread.class, Runnable.class));
            // (Runnable) -> Thread: Thread.ofVirtual().unstarted(task)
            MethodHandle builderAsSuper = factory.asType(MethodType.methodType(builder));
            return MethodHandles.foldArguments(unstarted, builderAsSuper)
                    .asType(MethodType.methodType(Thread.class, Runnable.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // JDK 17-20: platform threads
        }
    }
}
