package dev.streams.sample.spring;

import dev.streams.sample.relay.Publication;
import dev.streams.sample.relay.Relay;
import dev.streams.spring.ChannelListener;

/**
 * The consumer of the {@code inbound} channel: the starter runs it on its own thread and calls
 * {@link #fanOut} for every publication. Fan-out never blocks (a full subscriber is disconnected
 * instead), so one worker keeps up with a lot of traffic and, being one, keeps the messages of a
 * topic in publication order. Thread-safe.
 */
public class FanOutWorker {

    private final Relay relay;

    public FanOutWorker(Relay relay) {
        this.relay = relay;
    }

    /** Delivers one publication to the topic's subscribers. */
    @ChannelListener(channel = "inbound", concurrency = 1)
    public void fanOut(Publication publication) {
        this.relay.fanOut(publication);
    }
}
