/**
 * Auto-configuration of the streams actuator endpoint.
 */
@NullMarked
package dev.streams.spring.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
