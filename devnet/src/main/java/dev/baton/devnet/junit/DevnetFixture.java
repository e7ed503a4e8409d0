package dev.baton.devnet.junit;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.model.DeploymentManifest;

/** A started devnet and, when requested, the manifest of the suite deployed on it. */
record DevnetFixture(Devnet devnet, DeploymentManifest manifest) implements AutoCloseable {

    static DevnetFixture start(BatonDevnet settings) {
        Devnet devnet = settings.kind().start();
        try {
            DeploymentManifest manifest =
                    settings.deploy() ? Deployer.standard().deploy(devnet) : null;
            return new DevnetFixture(devnet, manifest);
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    @Override
    public void close() {
        devnet.close();
    }
}
