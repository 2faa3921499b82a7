/**
 * Spring Boot support for Streams for Java: the {@link dev.streams.spring.ChannelListener}
 * annotation. The auto-configuration lives in {@code dev.streams.spring.autoconfigure} and is picked
 * up by {@code @SpringBootApplication}; see {@code docs/spring-boot-starter.md}.
 */
@NullMarked
package dev.streams.spring;

import org.jspecify.annotations.NullMarked;
