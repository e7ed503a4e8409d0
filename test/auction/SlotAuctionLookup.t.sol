// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {ISlotAuction} from "../../contracts/auction/ISlotAuction.sol";
import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {AuctionBenchFiller} from "../../contracts/bench/AuctionBenchFiller.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";

/// @notice `sequencerOf` (the hand-written lookup over the epoch word and the index) agrees with an independent
/// derivation of each slot's owner: the entry's items from its bounds on the stake line (`slotsOf`) and the inverse
/// permutation (`slotOfItem`), which never touch the index. Above 10,000 entries the lookup takes level 4 of the
/// index from the epoch word, where sealing copied it.
contract SlotAuctionLookupTest is AuctionFixture {
    AuctionBenchFiller internal filler;

    function setUp() public override {
        super.setUp();
        ISlotAuctionTypes.Params memory p = _params();
        p.maxEntries = 59_999;
        p.minBid = 1;
        auction = _deploy(p, 1, NO_CAP);
        filler = new AuctionBenchFiller();
        stake.mint(address(filler), 1e30);
        filler.deposit(IStakeVault(address(vault)), IERC20(address(stake)), 1e30);
    }

    function test_sequencerOfMatchesItemOwnershipAboveTenThousandEntries() public {
        vm.roll(_bidStart(0));
        // 12,345 entries in chunks of varying stake (1 to 7 units), so the line is not uniform.
        uint256 done;
        for (uint256 chunk; done < 12_345; ++chunk) {
            uint256 n = 12_345 - done < 1_000 ? 12_345 - done : 1_000;
            for (uint256 i; i < n; ++i) _openDelegation(address(uint160(0x10000 + done + i)));
            filler.fillFor(ISlotAuction(address(auction)), 0, address(stake), uint160(0x10000 + done), n, (1 + chunk % 7) * 1 ether);
            done += n;
        }
        vm.roll(_sealStart(0));
        vm.prevrandao(bytes32(uint256(0xbeef)));
        auction.seal(0);
        assertEq(auction.epochInfo(0).entries, 12_345);
        _assertOwners(0);
    }

    function testFuzz_sequencerOfMatchesItemOwnership(uint256 seed, uint8 entries) public {
        uint256 n = 1 + uint256(entries) % 60;
        vm.roll(_bidStart(0));
        for (uint256 i; i < n; ++i) {
            uint256 units = 1 + uint256(keccak256(abi.encode(seed, i))) % 50;
            _openDelegation(address(uint160(0x10000 + i)));
            filler.fillFor(ISlotAuction(address(auction)), 0, address(stake), uint160(0x10000 + i), 1, units * 1 ether);
        }
        vm.roll(_sealStart(0));
        vm.prevrandao(bytes32(seed));
        auction.seal(0);
        _assertOwners(0);
    }

    /// @dev Every slot's `sequencerOf` is the sequencer of the entry owning one of the slot's items.
    function _assertOwners(uint64 epoch) internal view {
        ISlotAuctionFull a = auction;
        for (uint256 t; t < E; ++t) {
            uint256 entry = a.entryOfSlot(epoch, t);
            (ISlotAuctionTypes.Entry memory en,,) = a.entryOf(epoch, entry);
            assertEq(a.sequencerOf(epoch, t), en.sequencer, "sequencerOf differs from the entry's sequencer");
            (uint256 first, uint256 count) = a.slotsOf(epoch, entry);
            bool found;
            for (uint256 m = first; m < first + count; ++m) {
                if (a.slotOfItem(epoch, m) == t) found = true;
            }
            assertTrue(found, "slot is not one of its entry's items");
        }
    }
}
