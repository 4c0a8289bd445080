package dev.migrator.plugin;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/** Placeholder. */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMojo {
    @Override
    public void execute() {}
}
