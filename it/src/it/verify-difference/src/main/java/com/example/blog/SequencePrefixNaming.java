package com.example.blog;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** A DBA's convention: every sequence is called seq_<name>. The processor cannot know about it. */
public class SequencePrefixNaming extends PhysicalNamingStrategyStandardImpl {
    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment context) {
        return Identifier.toIdentifier("seq_" + name.getText(), name.isQuoted());
    }
}
