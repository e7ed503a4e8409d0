package dev.baton.devnet.deploy;

import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonTimelock;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.internal.registry.TimelockAbi;
import dev.baton.types.Address;
import org.web3j.utils.Numeric;

/**
 * The last step: hands the vault to the timelock. The transfer starts now (the vault is still in
 * set-up) and the timelock's acceptance is scheduled, executable once the delay has passed. The
 * registry is the timelock's from its constructor, so from the first deposit on the deployer has no
 * power left but this hand-over: tokens, authoriser and delay change only through the timelock.
 * Each call is sent only when the chain shows it is not yet made.
 *
 * @param governanceDelaySeconds the delay of the scheduled acceptance (the timelock's own)
 */
public record GovernanceStep(long governanceDelaySeconds) implements DeploymentStep {

    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);
    private static final BatonTimelock TIMELOCK = Wrappers.codec(BatonTimelock::load);
    private static final byte[] NO_SALT = new byte[32];

    @Override
    public void deploy(DeploymentContext context) {
        Address vault = context.contract(StakeVaultStep.NAME);
        Address timelock = context.contract(RegistryStep.TIMELOCK);
        if (Reads.address(context, "StakeVault.owner", vault, VAULT.owner()).equals(timelock)) {
            context.alreadyDone("StakeVault handed to BatonTimelock");
            return;
        }
        String transfer = "StakeVault.transferOwnership(BatonTimelock)";
        if (Reads.address(context, "StakeVault.pendingOwner", vault, VAULT.pendingOwner())
                .equals(timelock)) {
            context.alreadyDone(transfer);
        } else {
            context.send(
                    transfer,
                    vault,
                    VAULT.transferOwnership(timelock.lowerHex()).encodeFunctionCall());
        }
        byte[] accept = Numeric.hexStringToByteArray(VAULT.acceptOwnership().encodeFunctionCall());
        byte[] id = TimelockAbi.operationId(vault.lowerHex(), accept, NO_SALT);
        String schedule = "BatonTimelock.schedule(StakeVault.acceptOwnership)";
        if (Reads.bool(context, "BatonTimelock.isOperation", timelock, TIMELOCK.isOperation(id))) {
            context.alreadyDone(schedule);
        } else {
            context.send(
                    schedule,
                    timelock,
                    TimelockAbi.schedule(
                            vault.lowerHex(), accept, NO_SALT, governanceDelaySeconds));
        }
    }
}
