/**
 * The streams actuator endpoint.
 */
@NullMarked
package dev.streams.spring.endpoint;

import org.jspecify.annotations.NullMarked;
