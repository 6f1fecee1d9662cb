/**
 * The overlay audit (scripts/lib/overlay-audit.ts) on every seed page, not only the hostile ones: whatever
 * a page holds, the reader's shadow root never carries script, frames, forms, objects, event-handler
 * attributes or javascript:/data: document URLs, and closing leaves no overlay behind.
 */
import { test, expect, readerInfo } from './fixture';
import { auditOverlay } from '../scripts/lib/overlay-audit';
import { listSeeds } from '../scripts/lib/seeds';

for (const seed of listSeeds()) {
  test(`${seed.slug}: the open overlay passes the audit`, async ({ page, qari }) => {
    await qari.openSeed(seed.slug);
    const opened = (await qari.toggle()) as { open: boolean };
    expect(opened.open).toBe(true);
    const audit = await page.evaluate(auditOverlay);
    expect(audit.hosts).toBe(1);
    expect(audit.problems).toEqual([]);
    await qari.toggle();
    expect((await readerInfo(page)).hosts).toBe(0);
  });
}
