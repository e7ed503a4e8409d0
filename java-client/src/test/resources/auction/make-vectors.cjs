// Regenerates vectors.json in this folder with ethers (an encoder independent of the Java client), from typed values
// written out by hand, each field a different value so a field read from the wrong position shows. The struct layouts
// are copied from contracts/auction/ISlotAuctionTypes.sol in field order: when a field moves there, the regenerated
// wrapper decodes these (old-layout) bytes differently and AuctionAbiVectorsTest fails until the layout below is
// updated too. Run from the repository root: node java-client/src/test/resources/auction/make-vectors.cjs
const { Interface } = require('ethers');
const fs = require('fs');
const path = require('path');

// ISlotAuctionTypes: Params, Entry, EpochInfo (EpochStatus is a uint8).
const PARAMS = 'tuple(uint64 genesisBlock, uint16 slotsPerEpoch, uint32 slotLength, uint32 bidWindow, uint32 sealWindow, '
  + 'uint32 settlementWindow, uint32 settlementLock, uint128 stakeUnit, uint32 maxEntries, address rewardToken, '
  + 'uint128 rewardPerSlot, uint128 maxRewardPerSlot, uint32 minBid, bool allowlistEnabled)';
const ENTRY = 'tuple(address sequencer, uint88 amount, uint8 tokenIndex, address delegator, uint16 commissionBps, '
  + 'uint16 published, bool settled)';
const EPOCH_INFO = 'tuple(uint8 status, uint96 seed, uint32 totalUnits, uint16 entries, uint16 distinctSequencers, '
  + 'uint32 topBid, uint32 secondBid, uint32 secondPrice, uint128 rewardPerSlot, uint16 settledEntries, '
  + 'uint16 rewardedSlots, uint64 bidStart, uint64 bidEnd, uint64 sealEnd, uint64 slotStart, uint64 slotEnd, '
  + 'uint64 settlementEnd, uint64 settlementLockUntil)';
const auction = new Interface([
  `function params() view returns (${PARAMS})`,
  `function epochInfo(uint64 epoch) view returns (${EPOCH_INFO})`,
  `function entryOf(uint64 epoch, uint256 entry) view returns (${ENTRY} en, uint256 start, uint256 end)`,
  'function rewardPool() view returns (uint256 unallocated, uint256 funded)',
  'function bid(uint64 epoch, address token, uint256 amount)',
  'function bidFor(uint64 epoch, address sequencer, address token, uint256 amount, uint16 maxCommissionBps)',
  'function publishBatch(uint64 epoch, uint256 slot, uint256 entryHint, bytes32 batchHash)',
  'function settle(uint64 epoch, uint256 entry)',
  'function seal(uint64 epoch)',
  'function setCommission(uint16 bps)',
  'event BidPlaced(uint64 indexed epoch, uint256 indexed entry, address indexed sequencer, address staker, '
    + 'address token, uint256 amount, uint256 units, uint256 cumulativeEnd, uint16 commissionBps)',
  'event RewardClaimed(address indexed account, uint256 amount)',
]);
const addr = (n) => '0x' + n.toString(16).padStart(40, '0');
const SEQUENCER = addr(0xa1), DELEGATOR = addr(0xd3), TOKEN = addr(0x7011), REWARD = addr(0x7022);
const HASH = '0x' + 'ab'.repeat(32);

const result = (fn, values) => auction.encodeFunctionResult(fn, values);
const log = (name, values) => auction.encodeEventLog(name, values);

const out = {
  _source: 'node java-client/src/test/resources/auction/make-vectors.cjs (ethers ' + require('ethers').version + ')',
  params: result('params', [[1000, 32, 2, 24, 5, 31, 67, 10n ** 12n, 1024, REWARD, 7n * 10n ** 17n, 9n * 10n ** 18n, 3,
    true]]),
  epochInfo: result('epochInfo', [[3, 0x123456789abcdefn, 500, 9, 8, 200, 150, 149, 10n ** 18n + 7n, 2, 11, 100, 110,
    114, 115, 178, 188, 198]]),
  entryOf: result('entryOf', [[SEQUENCER, 1000n * 10n ** 18n, 1, DELEGATOR, 250, 3, true], 40, 140]),
  rewardPool: result('rewardPool', [41, 43]),
  bid: auction.encodeFunctionData('bid', [7, TOKEN, 5n * 10n ** 18n]),
  bidFor: auction.encodeFunctionData('bidFor', [7, SEQUENCER, TOKEN, 5n * 10n ** 18n, 500]),
  publishBatch: auction.encodeFunctionData('publishBatch', [7, 31, 4, HASH]),
  settle: auction.encodeFunctionData('settle', [7, 4]),
  seal: auction.encodeFunctionData('seal', [7]),
  setCommission: auction.encodeFunctionData('setCommission', [250]),
  bidPlaced: log('BidPlaced', [7, 5, SEQUENCER, DELEGATOR, TOKEN, 5n * 10n ** 18n, 5, 145, 250]),
  rewardClaimed: log('RewardClaimed', [SEQUENCER, 12345]),
};
fs.writeFileSync(path.join(__dirname, 'vectors.json'), JSON.stringify(out, null, 2) + '\n');
console.log('wrote', path.join(__dirname, 'vectors.json'));
