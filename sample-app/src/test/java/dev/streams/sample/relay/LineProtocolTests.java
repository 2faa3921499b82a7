package dev.streams.sample.relay;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineProtocolTests {

    @Test
    void parsesEveryCommand() {
        assertThat(LineProtocol.parse("SUB news")).isEqualTo(new Command.Subscribe("news"));
        assertThat(LineProtocol.parse("UNSUB news")).isEqualTo(new Command.Unsubscribe("news"));
        assertThat(LineProtocol.parse("PUB news hello  world ")).isEqualTo(new Command.Publish("news", "hello  world "));
        assertThat(LineProtocol.parse("STATS")).isEqualTo(new Command.Stats());
        assertThat(LineProtocol.parse("QUIT")).isEqualTo(new Command.Quit());
    }

    @Test
    void commandsAreCaseInsensitiveButTopicsAndMessagesAreNot() {
        assertThat(LineProtocol.parse("sub News")).isEqualTo(new Command.Subscribe("News"));
        assertThat(LineProtocol.parse("Pub News Hi")).isEqualTo(new Command.Publish("News", "Hi"));
        assertThat(LineProtocol.parse("quit")).isEqualTo(new Command.Quit());
    }

    @ParameterizedTest(name = "''{0}'' -> ERR {1}")
    @CsvSource(delimiter = '|', value = {
        "NOPE                 | unknown command 'NOPE'; expected SUB, UNSUB, PUB, STATS or QUIT",
        "' '                  | empty line; expected SUB, UNSUB, PUB, STATS or QUIT",
        "SUB                  | usage: SUB <topic>",
        "SUB a b              | usage: SUB <topic>",
        "'SUB '               | empty topic",
        "UNSUB                | usage: UNSUB <topic>",
        "PUB                  | usage: PUB <topic> <message>",
        "PUB news             | usage: PUB <topic> <message>",
        "'PUB news '          | usage: PUB <topic> <message>",
        "'PUB  news'          | empty topic",
        "STATS now            | usage: STATS",
        "QUIT please          | usage: QUIT",
    })
    void malformedLinesBecomeInvalidWithAClearError(String line, String error) {
        assertThat(LineProtocol.parse(line)).isEqualTo(new Command.Invalid(error));
    }

    @Test
    void topicsAreLimitedInLengthAndCharacters() {
        String longest = "t".repeat(LineProtocol.MAX_TOPIC_LENGTH);
        assertThat(LineProtocol.parse("SUB " + longest)).isEqualTo(new Command.Subscribe(longest));
        assertThat(LineProtocol.parse("SUB " + longest + "t"))
                .isEqualTo(new Command.Invalid("topic longer than 128 characters"));
        assertThat(LineProtocol.parse("SUB a\u0007b"))
                .isEqualTo(new Command.Invalid("topic contains whitespace or a control character"));
        assertThat(LineProtocol.parse("PUB a\tb c"))
                .isEqualTo(new Command.Invalid("topic contains whitespace or a control character"));
    }

    @Test
    void messagesMayHoldTabsButNoOtherControlCharacters() {
        assertThat(LineProtocol.parse("PUB t a\tb")).isEqualTo(new Command.Publish("t", "a\tb"));
        assertThat(LineProtocol.parse("PUB t a\rb"))
                .isEqualTo(new Command.Invalid("message contains a control character"));
    }

    @Test
    void unknownCommandEchoIsShortAndPrintable() {
        Command parsed = LineProtocol.parse("\u0001" + "X".repeat(100));
        assertThat(parsed).isInstanceOf(Command.Invalid.class);
        assertThat(((Command.Invalid) parsed).error()).startsWith("unknown command '?XXX").contains("...'")
                .doesNotContain("\u0001").hasSizeLessThan(100);
    }

    @Property
    void parsingNeverThrows(@ForAll String line) {
        assertThat(LineProtocol.parse(line)).isNotNull();
    }

    @Property
    void publishedMessagesSurviveTheRoundTrip(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String topic,
            @ForAll @StringLength(min = 1, max = 200) String message) {
        boolean printable = message.chars().noneMatch(c -> c != '\t' && Character.isISOControl(c));
        Command parsed = LineProtocol.parse("PUB " + topic + " " + message);
        if (printable) {
            assertThat(parsed).isEqualTo(new Command.Publish(topic, message));
            assertThat(LineProtocol.message(topic, message)).isEqualTo("MSG " + topic + " " + message);
        } else {
            assertThat(parsed).isEqualTo(new Command.Invalid("message contains a control character"));
        }
    }
}
