// `npx tsx scripts/smallPhotoSweep.ts [--set models/.cache/val,models/.cache/val2]`
// How the small-photo flag (readingQuality.ts SMALL_PHOTO_FLAG_SIDE_PX) was chosen,
// reproducibly: centred square crops of every validation image, from the whole 448 px down to
// 32 px, are each read as a photo of their own through the app's segmenter, and per crop side
// the mean coverage error and the share of readings within the error stated beside them are
// printed. The crop keeps the image's scale, so what changes is only how much of the scalp the
// network sees. Writes bench-results/small-photo-sweep.json. Validation data only: `npm run eval`
// reports the chosen flag on the held-out sets, it does not choose it.
import { CROP_SIDES_PX, readCrops, sideTable, smallestTrustedSide } from './node/smallPhoto';
import { readValidationSamples, runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

async function main(): Promise<void> {
  const readings = await readValidationSamples(
    (segmenter, sample) => readCrops(segmenter, sample),
    `${CROP_SIDES_PX.length} crop sides`,
  );
  const table = sideTable(readings);
  console.log(
    'Centred square crops read as photos of their own: mean |measured − true| coverage and the share within the stated error, per crop side',
  );
  printTextTable(
    ['side px', 'readings', 'error pp', 'within %', 'error ÷ whole'],
    table.map((row) => [
      String(row.sidePx),
      String(row.readings),
      row.meanErrorPp.toFixed(2),
      row.withinPct.toFixed(0),
      row.errorRatio.toFixed(2),
    ]),
  );
  const trustedSidePx = smallestTrustedSide(table);
  console.log(
    `The rule written first (≥ 85 % within, ≤ 1.5× the whole image's error, at this side and every larger one) trusts sides from ${trustedSidePx ?? 'none'} px: flag photos whose shorter side is below it.`,
  );
  await writeSweepJson('small-photo-sweep.json', {
    sides: CROP_SIDES_PX,
    table,
    trustedSidePx,
    readings,
  });
}

runSweep(main);
