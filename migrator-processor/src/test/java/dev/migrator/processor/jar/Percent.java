package dev.migrator.processor.jar;

/** A value type whose auto-applied converter comes "from a jar": compiled before the entities that use it. */
public record Percent(int basisPoints) {}
