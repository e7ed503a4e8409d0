package dev.baton.devnet.deploy;

/**
 * One part of the suite's deployment (a contract, its wiring). Steps run in order and see what
 * earlier steps recorded, so adding a contract to the devnet suite means adding one step.
 */
@FunctionalInterface
public interface DeploymentStep {
    void deploy(DeploymentContext context) throws Exception;
}
