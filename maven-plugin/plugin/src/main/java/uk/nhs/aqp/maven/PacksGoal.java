package uk.nhs.aqp.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
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
}
