import { describe, expect, it } from "vitest";
import { restoreSnapshotText } from "../../shared/snapshot/restore.js";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import { buildExportHtml, scriptSafe } from "./html.js";

describe("buildExportHtml", () => {
  const hostile = { ...smallSnapshot(), title: "</script><script>alert(1)</script> & co" };
  const html = buildExportHtml(hostile, "window.ran = '</script>';");
  const data = /<script type="application\/json" id="claimgraph-snapshot">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

  it("embeds the snapshot so it reads back exactly, even with </script> in its text", () => {
    const result = restoreSnapshotText(data);
    expect(result.ok && result.snapshot).toEqual(hostile);
  });

  it("escapes the title in markup and breaks </script> in the viewer's code", () => {
    expect(html).toContain(
      "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co — claimgraph snapshot</title>",
    );
    expect(html).toContain("window.ran = '<\\/script>';");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it("loads nothing from the network: no src or href attributes, and a CSP that forbids it", () => {
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).toContain("default-src 'none'");
  });
});

describe("scriptSafe", () => {
  it("escapes <, U+2028 and U+2029 so JSON cannot end the script element", () => {
    expect(scriptSafe('"<!--</script>\u2028\u2029"')).toBe('"\\u003c!--\\u003c/script>\\u2028\\u2029"');
  });
});
