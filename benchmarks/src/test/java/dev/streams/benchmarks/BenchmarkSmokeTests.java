package dev.streams.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.streams.benchmarks.baseline.Workers;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once, outside JMH, so that {@code mvn verify} catches a benchmark
 * that no longer works (each benchmark checks what it moved, e.g. the number of lines framed). It
 * measures nothing. The benchmarks are found in the list JMH's annotation processor generates, with
 * each {@code @Param} at every declared value except the file size, which is cut to 4 MiB, and
 * {@code threads=virtual}, which runs on JDK 21+ only.
 */
class BenchmarkSmokeTests {

    private static final Map<String, String[]> OVERRIDES = Map.of("sizeMiB", new String[] {"4"});
    /**
     * Per benchmark class and parameter set (set-up, every method once, tear-down): seconds on a
     * loaded machine, so this only catches a hang. JUnit's {@code @Timeout} on a {@code @TestFactory}
     * bounds the factory method, not the dynamic tests it returns, hence the preemptive bound here.
     */
    private static final Duration EACH_RUN = Duration.ofSeconds(120);

    @Test
    void jmhFoundTheBenchmarks() {
        assertThat(benchmarkClasses()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkMethodRunsOnceWithEveryParameter() throws ClassNotFoundException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String className : benchmarkClasses()) {
            Class<?> type = Class.forName(className);
            for (Map<String, String> params : parameterCombinations(type)) {
                // each benchmark checks what it moved and throws on a wrong result; a hang fails here
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + params,
                        () -> assertTimeoutPreemptively(EACH_RUN, () -> runOnce(type, params),
                                () -> type.getSimpleName() + params + " hung: threads\n" + benchmarkThreads())));
            }
        }
        assertThat(tests).as("benchmark runs").isNotEmpty();
        return tests.stream();
    }

    private static String benchmarkThreads() {
        StringBuilder report = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (!thread.isDaemon() || thread.getName().startsWith("bench")) {
                report.append(thread).append('\n');
                for (StackTraceElement frame : stack) {
                    report.append("    at ").append(frame).append('\n');
                }
            }
        });
        return report.toString();
    }

    private static TreeSet<String> benchmarkClasses() {
        TreeSet<String> classes = new TreeSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())) {
            classes.add(entry.getUserClassQName());
        }
        return classes;
    }

    private static List<Map<String, String>> parameterCombinations(Class<?> type) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Field field : type.getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param == null) {
                continue;
            }
            List<Map<String, String>> extended = new ArrayList<>();
            for (String value : OVERRIDES.getOrDefault(field.getName(), param.value())) {
                if (value.equals("virtual") && !Workers.virtualThreadsAvailable()) {
                    continue;
                }
                for (Map<String, String> combination : combinations) {
                    Map<String, String> copy = new LinkedHashMap<>(combination);
                    copy.put(field.getName(), value);
                    extended.add(copy);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private static void runOnce(Class<?> type, Map<String, String> params) throws Throwable {
        Object state = type.getConstructor().newInstance();
        for (Map.Entry<String, String> param : params.entrySet()) {
            Field field = type.getField(param.getKey());
            field.set(state, field.getType() == int.class ? (Object) Integer.parseInt(param.getValue()) : param.getValue());
        }
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        invokeAll(state, methods, Setup.class, blackhole);
        try {
            invokeAll(state, methods, Benchmark.class, blackhole);
        } finally {
            invokeAll(state, methods, TearDown.class, blackhole);
            blackhole.evaporate(
                    "Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        }
    }

    private static void invokeAll(Object state, Method[] methods, Class<? extends java.lang.annotation.Annotation> kind,
            Blackhole blackhole) throws Throwable {
        for (Method method : methods) {
            if (!method.isAnnotationPresent(kind)) {
                continue;
            }
            // Further @State parameters (e.g. a Disruptor only one method needs): set up, pass, tear down.
            List<Object> helpers = new ArrayList<>();
            Object[] args = new Object[method.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                Class<?> type = method.getParameterTypes()[i];
                if (type == Blackhole.class) {
                    args[i] = blackhole;
                } else {
                    Object helper = type.getConstructor().newInstance();
                    invokeAll(helper, type.getMethods(), Setup.class, blackhole);
                    helpers.add(helper);
                    args[i] = helper;
                }
            }
            try {
                method.invoke(state, args);
            } catch (InvocationTargetException e) {
                if (kind == Benchmark.class && e.getCause() instanceof UnsupportedOperationException) {
                    continue; // a baseline that declines these parameters (its javadoc says why); JMH skips it too
                }
                throw new AssertionError(state.getClass().getSimpleName() + "." + method.getName() + " failed", e.getCause());
            } finally {
                for (Object helper : helpers) {
                    invokeAll(helper, helper.getClass().getMethods(), TearDown.class, blackhole);
                }
            }
        }
    }
}
