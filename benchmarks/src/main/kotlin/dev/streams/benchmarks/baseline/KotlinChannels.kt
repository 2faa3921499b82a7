package dev.streams.benchmarks.baseline

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.ClosedReceiveChannelException
import kotlinx.coroutines.channels.ClosedSendChannelException
import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.channels.SendChannel
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.openjdk.jmh.infra.Blackhole
import java.util.concurrent.CancellationException

/**
 * Kotlin `Channel` baselines, called from the Java benchmarks.
 *
 * The fair shape mirrors ours: one blocking thread produces, another consumes, each inside its own
 * `runBlocking` (the coroutine world's bridge to a plain thread, parking the thread while suspended).
 * [transferOnDefaultDispatcher] is the idiomatic all-coroutine shape, reported beside it.
 *
 * Not thread-safe beyond what `Channel` itself allows; each function runs on the caller's thread.
 */
object KotlinChannels {

    @JvmStatic
    fun bounded(capacity: Int): Channel<Any> = Channel(capacity)

    @JvmStatic
    fun rendezvous(): Channel<Any> = Channel(Channel.RENDEZVOUS)

    /** Sends [item] [count] times from the calling thread. */
    @JvmStatic
    fun sendAll(channel: SendChannel<Any>, item: Any, count: Int) = runBlocking {
        repeat(count) { channel.send(item) }
    }

    /** Receives [count] items on the calling thread. */
    @JvmStatic
    fun receiveAll(channel: ReceiveChannel<Any>, count: Int, blackhole: Blackhole) = runBlocking {
        repeat(count) { blackhole.consume(channel.receive()) }
    }

    /** Producer and consumer as coroutines on `Dispatchers.Default`, joined by a `runBlocking`. */
    @JvmStatic
    fun transferOnDefaultDispatcher(channel: Channel<Any>, item: Any, count: Int, blackhole: Blackhole) =
        runBlocking {
            launch(Dispatchers.Default) { repeat(count) { channel.send(item) } }
            launch(Dispatchers.Default) { repeat(count) { blackhole.consume(channel.receive()) } }
        }

    /** [count] round trips: send on [ping], wait for the answer on [pong]. */
    @JvmStatic
    fun pingPong(ping: SendChannel<Any>, pong: ReceiveChannel<Any>, item: Any, count: Int, blackhole: Blackhole) =
        runBlocking {
            repeat(count) {
                ping.send(item)
                blackhole.consume(pong.receive())
            }
        }

    /** Answers every item of [ping] on [pong] until either channel is closed. */
    @JvmStatic
    fun echo(ping: ReceiveChannel<Any>, pong: SendChannel<Any>) = runBlocking {
        try {
            for (item in ping) pong.send(item)
        } catch (_: ClosedSendChannelException) {
        } catch (_: ClosedReceiveChannelException) {
        } catch (_: CancellationException) {
        }
    }
}
