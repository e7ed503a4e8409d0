// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {SlotAuction} from "../../contracts/auction/SlotAuction.sol";
import {SlotAuctionViews} from "../../contracts/auction/SlotAuctionViews.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";

/// @title AuctionFixture
/// @notice Deploys a slot auction the way the registry does (implementation + views extension, EIP-1167 clone,
/// initialise, authorise on the vault) with a short timeline: e = 8 slots of 2 blocks, epoch length 16 blocks.
abstract contract AuctionFixture is Test {
    uint64 internal constant GENESIS = 100;
    uint16 internal constant E = 8;
    uint32 internal constant SLOT_LEN = 2;
    uint32 internal constant BID_WINDOW = 6;
    uint32 internal constant SEAL_WINDOW = 4;
    uint32 internal constant SETTLE_WINDOW = 10;
    uint32 internal constant SETTLE_LOCK = 20;
    uint64 internal constant D = uint64(E) * SLOT_LEN;
    uint128 internal constant REWARD = 5 ether;
    uint256 internal constant UNIT = 1 ether;
    /// @dev `maxSequencers` of an auction without a sequencer cap (SlotAuctionViews.NO_SEQUENCER_CAP).
    uint32 internal constant NO_CAP = type(uint32).max;

    BatonToken internal stake;
    BatonToken internal stake2;
    BatonToken internal reward;
    StakeVault internal vault;
    SlotAuctionViews internal views;
    SlotAuction internal impl;
    ISlotAuctionFull internal auction;

    address internal gov = makeAddr("governance");
    address internal owner = makeAddr("rollupOwner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    function setUp() public virtual {
        stake = new BatonToken("Stake", "STK", address(this));
        stake2 = new BatonToken("Stake2", "ST2", address(this));
        reward = new BatonToken("Reward", "RWD", address(this));
        vault = new StakeVault(address(this), 64);
        vault.setTokenAllowed(address(stake), true);
        vault.setTokenAllowed(address(stake2), true);
        // The test acts as the vault's authoriser (as the RollupRegistry does): module authorisations keep working
        // after the first deposit has closed the vault's set-up.
        vault.setAuthoriser(address(this));
        views = new SlotAuctionViews();
        impl = new SlotAuction(address(views));
        auction = _deploy(_params(), 1, NO_CAP);
    }

    function _init(uint32 minSeq, uint32 maxSeq) internal view returns (IRollupModule.ModuleInit memory init) {
        IRollupModule.StakeToken[] memory tokens = new IRollupModule.StakeToken[](2);
        tokens[0] = IRollupModule.StakeToken({token: address(stake), minStake: 1 ether, weight: 1});
        tokens[1] = IRollupModule.StakeToken({token: address(stake2), minStake: 10 ether, weight: 3});
        init = IRollupModule.ModuleInit({
            vault: address(vault),
            governance: gov,
            rollupOwner: owner,
            rollupId: 7,
            tokens: tokens,
            minSequencers: minSeq,
            maxSequencers: maxSeq
        });
    }

    function _params() internal view virtual returns (ISlotAuctionTypes.Params memory p) {
        p = ISlotAuctionTypes.Params({
            genesisBlock: GENESIS,
            slotsPerEpoch: E,
            slotLength: SLOT_LEN,
            bidWindow: BID_WINDOW,
            sealWindow: SEAL_WINDOW,
            settlementWindow: SETTLE_WINDOW,
            settlementLock: SETTLE_LOCK,
            stakeUnit: uint128(UNIT),
            maxEntries: 1_000,
            rewardToken: address(reward),
            rewardPerSlot: REWARD,
            maxRewardPerSlot: 100 ether,
            minBid: 10,
            allowlistEnabled: false
        });
    }

    function _deploy(ISlotAuctionTypes.Params memory p, uint32 minSeq, uint32 maxSeq)
        internal
        returns (ISlotAuctionFull a)
    {
        a = ISlotAuctionFull(_clone(_init(minSeq, maxSeq), abi.encode(p)));
        a.initialize(_init(minSeq, maxSeq), abi.encode(p));
        vault.setModule(address(a), true);
    }

    /// @dev A clone carrying the immutable arguments `init` and `params` describe (as the registry makes them).
    function _clone(IRollupModule.ModuleInit memory init, bytes memory params) internal returns (address) {
        bytes memory head = abi.encodePacked(init.minSequencers, init.maxSequencers, uint8(init.tokens.length));
        for (uint256 i; i < init.tokens.length; ++i) {
            head = abi.encodePacked(head, init.tokens[i].token, init.tokens[i].minStake, init.tokens[i].weight);
        }
        return Clones.cloneWithImmutableArgs(address(impl), bytes.concat(head, impl.cloneArgsTail(init, params)));
    }

    function _deposit(address who, uint256 amount) internal {
        _depositToken(stake, who, amount);
    }

    function _depositToken(BatonToken token, address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.startPrank(who);
        token.approve(address(vault), amount);
        vault.deposit(address(token), amount);
        vm.stopPrank();
    }

    function _free(address who) internal view returns (uint256) {
        return vault.freeOf(who, address(stake));
    }

    function _locked(address who) internal view returns (uint256) {
        return vault.balanceOf(who, address(stake)).locked;
    }

    function _fundRewards(uint256 amount) internal {
        reward.mint(address(this), amount);
        reward.approve(address(auction), amount);
        auction.fundRewards(amount);
    }

    // timeline of epoch k
    function _bidStart(uint64 k) internal pure returns (uint64) {
        return GENESIS + k * D;
    }

    function _bidEnd(uint64 k) internal pure returns (uint64) {
        return _bidStart(k) + BID_WINDOW;
    }

    /// First block that may seal epoch k: the prevrandao of block bidEnd is known before it.
    function _sealStart(uint64 k) internal pure returns (uint64) {
        return _bidEnd(k) + 1;
    }

    function _sealEnd(uint64 k) internal pure returns (uint64) {
        return _bidEnd(k) + SEAL_WINDOW;
    }

    function _slotStart(uint64 k, uint256 t) internal pure returns (uint64) {
        return _sealEnd(k) + uint64(t) * SLOT_LEN;
    }

    function _slotEnd(uint64 k) internal pure returns (uint64) {
        return _sealEnd(k) + D;
    }

    function _openDelegation(address sequencer) internal {
        vm.prank(sequencer);
        auction.setDelegationOpen(true);
    }

    function _bid(address who, uint64 k, uint256 amount) internal returns (uint256 entry) {
        vm.prank(who);
        entry = auction.bid(k, address(stake), amount);
    }

    /// Deposits and bids for alice (50), bob (30), carol (20) in epoch k, then seals it.
    function _electThree(uint64 k) internal {
        vm.roll(_bidStart(k));
        _deposit(alice, 50 ether);
        _deposit(bob, 30 ether);
        _deposit(carol, 20 ether);
        _bid(alice, k, 50 ether);
        _bid(bob, k, 30 ether);
        _bid(carol, k, 20 ether);
        vm.roll(_sealStart(k));
        auction.seal(k);
    }

    /// Elects alice, bob and carol in epoch 0 with 1,000 in the reward pool, publishes every slot and, once the
    /// epoch's slots are over, settles alice's entry; returns what alice is then owed.
    function _electPublishAndSettleAlice() internal returns (uint256 owed) {
        _electThree(0);
        _fundRewards(1_000 ether);
        _publishAll(0);
        vm.roll(_slotEnd(0));
        vm.prank(alice);
        auction.settle(0, 0);
        owed = auction.claimable(alice);
    }

    /// Publishes every slot of epoch k through its owner.
    function _publishAll(uint64 k) internal {
        for (uint256 t; t < E; ++t) {
            vm.roll(_slotStart(k, t));
            uint256 entry = auction.entryOfSlot(k, t);
            vm.prank(auction.sequencerOf(k, t));
            auction.publishBatch(k, t, entry, keccak256(abi.encode(k, t)));
        }
    }
}
