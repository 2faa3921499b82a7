/**
 * Micrometer meter binders for channels and listeners.
 */
@NullMarked
package dev.streams.spring.metrics;

import org.jspecify.annotations.NullMarked;
