package uk.nhs.aqp.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal has: the project, and its packs folder. */
abstract class PacksGoal extends AbstractMojo {

    /**
     * The folder that printed paths, JSON and SARIF reports are relative to (for pull-request
     * annotations, the repository root). It is also the project whose files the toolkit reads:
     * nothing outside it and the folders given by {@code packs}, {@code schemas} and
     * {@code templates} is read, and a link that leads elsewhere is refused at the link.
     */
    @Parameter(property = "aqp.root", defaultValue = "${project.basedir}", required = true)
    protected File root;

    /**
     * The packs folder, holding {@code standard/}, {@code national/<pack-id>/} and
     * {@code local/<commissioner>/}.
     */
    @Parameter(property = "aqp.packs", defaultValue = "${project.basedir}/packs", required = true)
    protected File packs;

    /**
     * What a goal that ran out of heap says instead of a stack trace: the cap that stopped it, where
     * it is set, and what to do. The documents, the bundle and the site are each replaced only once
     * complete, so the previous ones are left as they were.
     */
    static MojoExecutionException outOfMemory(String goal, OutOfMemoryError e) {
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        return new MojoExecutionException(goal + " ran out of memory: this Maven JVM may use at most " + megabytes
                + " MB of heap (-Xmx; this project sets it in .mvn/jvm.config). Raise it there (for example -Xmx1g) and build again; "
                + "documents, bundle and site are only replaced once complete, so the previous ones are as they were", e);
    }
}
