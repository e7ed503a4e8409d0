package dev.baton.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, or "development" when run from classes. */
final class BatonVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BatonCli.class.getPackage().getImplementationVersion();
        return new String[] {"baton " + (version == null ? "development" : version)};
    }
}
