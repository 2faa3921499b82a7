/**
 * Configured TCP/TLS listeners: lifecycle, connection limit, byte counting and port-in-use analysis.
 */
@NullMarked
package dev.streams.spring.listener;

import org.jspecify.annotations.NullMarked;
