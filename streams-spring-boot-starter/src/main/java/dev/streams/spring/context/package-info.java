/**
 * Application events and environment properties published by the starter.
 */
@NullMarked
package dev.streams.spring.context;

import org.jspecify.annotations.NullMarked;
