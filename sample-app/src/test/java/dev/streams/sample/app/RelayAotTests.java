package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.sample.LineClient;
import dev.streams.sample.RelayApplication;
import java.io.Closeable;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Spring AOT processing of the sample application (what {@code spring-boot:process-aot} runs), then
 * the application started from the generated initializer in AOT mode, in a class loader of its own
 * (generated code uses package-private members, so it must share a loader with the application).
 */
class RelayAotTests {

    @Test
    void theRelayStartsFromTheAotGeneratedInitializer(@TempDir Path directory) throws Exception {
        String[] arguments = { "--relay.dev-certificates.enabled=false",
                "--relay.dev-certificates.directory=" + RelayTestSupport.CERTIFICATES,
                "--streams.listeners.relay.port=0",
                // No embedded Tomcat: a second one in another class loader of the same test JVM would
                // clash with the JVM-wide URL handler of the first; the starter's part is what is tested.
                "--spring.main.web-application-type=none" };
        Path sources = directory.resolve("sources");
        Path resources = directory.resolve("resources");
        Path classes = directory.resolve("classes");
        AbstractAotProcessor.Settings settings = AbstractAotProcessor.Settings.builder()
            .sourceOutput(sources)
            .resourceOutput(resources)
            .classOutput(classes)
            .groupId("dev.streams")
            .artifactId("sample-app")
            .build();
        String initializer = new SpringApplicationAotProcessor(RelayApplication.class, settings, arguments).process()
            .canonicalName();
        assertThat(initializer).isEqualTo(RelayApplication.class.getName() + "__ApplicationContextInitializer");

        // The @ChannelListener method is called reflectively: a native image needs its hint.
        Path reflectConfig = resources.resolve("META-INF/native-image/dev.streams/sample-app/reflect-config.json");
        String hints = Files.exists(reflectConfig) ? Files.readString(reflectConfig)
                : Files.readString(resources.resolve("META-INF/native-image/dev.streams/sample-app/reachability-metadata.json"));
        assertThat(hints).contains("dev.streams.sample.spring.FanOutWorker").contains("\"fanOut\"");

        List<Path> classPath = classPath();
        compile(sources, classes, classPath);

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        urls.add(resources.toUri().toURL());
        for (Path entry : classPath) {
            urls.add(entry.toUri().toURL());
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        System.setProperty("spring.aot.enabled", "true");
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> application = loader.loadClass("org.springframework.boot.SpringApplication");
            Class<?> main = loader.loadClass(RelayApplication.class.getName());
            Object app = application.getConstructor(Class[].class).newInstance((Object) new Class<?>[] { main });
            application.getMethod("setMainApplicationClass", Class.class).invoke(app, main); // not run from main()
            Object context = application.getMethod("run", String[].class).invoke(app, (Object) arguments);
            Thread.currentThread().setContextClassLoader(previous); // the test's own clients use the test's loader
            try (Closeable closeable = (Closeable) context) {
                Object environment = context.getClass().getMethod("getEnvironment").invoke(context);
                String port = (String) environment.getClass()
                    .getMethod("getProperty", String.class)
                    .invoke(environment, "local.streams.listeners.relay.port");
                // A full round trip: TLS listener, handler, the inbound channel and its @ChannelListener.
                try (LineClient subscriber = RelayTestSupport.connect(Integer.parseInt(port));
                        LineClient publisher = RelayTestSupport.connect(Integer.parseInt(port))) {
                    assertThat(subscriber.call("SUB aot")).isEqualTo("OK SUB aot");
                    assertThat(publisher.call("PUB aot hello")).isEqualTo("OK PUB aot");
                    assertThat(subscriber.line()).isEqualTo("MSG aot hello");
                }
            }
        } finally {
            System.clearProperty("spring.aot.enabled");
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void compile(Path sources, Path classes, List<Path> classPath) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                "-cp", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
    }

    /** The test class path, with surefire's manifest-only jar expanded. */
    private static List<Path> classPath() throws Exception {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path);
            if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String manifestClassPath = (manifest != null)
                            ? manifest.getMainAttributes().getValue("Class-Path") : null;
                    if (manifestClassPath != null) {
                        for (String url : manifestClassPath.trim().split("\\s+")) {
                            entries.add(Path.of(path.getParent().toUri().resolve(url)));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(entries);
    }
}
