package dev.streams.benchmarks.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness runs each kind of connection and reports a line per side; bad arguments name themselves. */
@Timeout(120)
class HandshakeCpuHarnessTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "--resumed", "--plain"})
    void reportsBothSidesPerRound(String mode) throws Exception {
        String output = run(mode.isEmpty()
                ? new String[] {"--handshakes", "3", "--rounds", "1"}
                : new String[] {"--handshakes", "3", "--rounds", "1", mode});
        assertThat(output).contains("round 0 tlsStream").contains("round 0 sslSocket").contains("client ")
                .contains("server ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlsStream", "sslSocket", "sslSocketOneWrite"})
    void onlyMeasuresTheSideAskedFor(String side) throws Exception {
        String output = run(new String[] {"--handshakes", "2", "--rounds", "1", "--only", side});
        assertThat(output).contains("round 0 " + side + " ");
        for (String other : new String[] {"tlsStream", "sslSocket", "sslSocketOneWrite"}) {
            if (!other.equals(side)) {
                assertThat(output).doesNotContain("round 0 " + other + " ");
            }
        }
    }

    @Test
    void measuresSeveralSidesInTheOrderGiven() throws Exception {
        String output = run(new String[] {"--handshakes", "2", "--rounds", "1", "--only", "sslSocketOneWrite,tlsStream"});
        assertThat(output.indexOf("round 0 sslSocketOneWrite ")).isNotNegative()
                .isLessThan(output.indexOf("round 0 tlsStream "));
        assertThat(output).doesNotContain("round 0 sslSocket ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--only=both", "--rounds"})
    void refusesArgumentsItDoesNotKnow(String argument) {
        String[] args = argument.equals("--rounds") ? new String[] {"--rounds", "0"} : new String[] {argument};
        assertThatThrownBy(() -> HandshakeCpuHarness.main(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(argument.equals("--rounds") ? "--rounds" : "--only=both");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlsStream,both", "tlsStream,", "sslSocketOneWrite --plain"})
    void refusesSidesItDoesNotKnow(String only) {
        String[] words = only.split(" ");
        String[] args = words.length == 1 ? new String[] {"--only", only} : new String[] {"--only", words[0], words[1]};
        assertThatThrownBy(() -> HandshakeCpuHarness.main(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(words.length == 1 ? only : "--plain");
    }

    private static String run(String[] args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            HandshakeCpuHarness.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
