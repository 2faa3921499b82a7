/**
 * Health indicator for channels and listeners.
 */
@NullMarked
package dev.streams.spring.health;

import org.jspecify.annotations.NullMarked;
