//! Bundling through the binary: nested relative imports, `.js` specifiers for `.ts` files, folder
//! indexes, JSON, enums, import cycles, an ES-module package and a CommonJS package from
//! `node_modules`, and runtime-provided built-ins. When node is installed the bundle is executed.

mod common;

use common::{nango, npm_install, oracle_missing, run_bundle, write};

const YAML: &str = "\
integrations:
  shop:
    syncs:
      orders:
        runs: every day
        output: Order
        endpoint: GET /orders
models:
  Order:
    id: string
    total: number
    status: string
    digest: string
";

fn project() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("proj");
    write(&root.join("nango.yaml"), YAML);
    write(
        &root.join("shop/syncs/orders.ts"),
        "import type { NangoSync, Order } from '../../models';
import { fetchPages } from '../helpers/fetch.js';
import { toOrder } from '../mappers';
import { createHash } from 'crypto';

export default async function fetchData(nango: NangoSync): Promise<void> {
    const orders: Order[] = [];
    for (const page of fetchPages()) {
        orders.push(...page.map((raw) => ({ ...toOrder(raw), digest: createHash('sha1').update(raw.ref).digest('hex') })));
    }
    await nango.batchSave(orders, 'Order');
}
",
    );
    write(
        &root.join("shop/helpers/fetch.ts"),
        "import pages from '../fixtures/pages.json';
import { isPaid } from '../mappers/status';
export interface RawOrder { ref: string; cents: number; state: number }
export function* fetchPages(): Generator<RawOrder[]> {
    for (const page of pages as RawOrder[][]) {
        yield page.filter((o) => isPaid(o) || o.cents > 0);
    }
}
",
    );
    write(
        &root.join("shop/fixtures/pages.json"),
        r#"[[{"ref":"a","cents":1250,"state":1}],[{"ref":"b","cents":99,"state":0}]]"#,
    );
    write(
        &root.join("shop/mappers/index.ts"),
        "import { money } from 'tiny-money';
import legacy from 'legacy-cjs';
import type { RawOrder } from '../helpers/fetch';
import { label } from './status';
export const toOrder = (raw: RawOrder) => ({ id: legacy.prefix + raw.ref, total: money(raw.cents), status: label(raw.state) });
",
    );
    write(
        &root.join("shop/mappers/status.ts"),
        "import type { RawOrder } from '../helpers/fetch.js';
import { toOrder } from './index';
export enum State { Pending, Paid }
export const label = (s: State): string => State[s]!.toLowerCase();
export const isPaid = (o: RawOrder): boolean => o.state === State.Paid && typeof toOrder === 'function';
",
    );
    // An ES-module package with an internal import, resolved through `exports`.
    write(
        &root.join("node_modules/tiny-money/package.json"),
        r#"{"name":"tiny-money","type":"module","exports":{".":{"import":"./esm/index.js","require":"./cjs/index.cjs"}}}"#,
    );
    write(
        &root.join("node_modules/tiny-money/esm/index.js"),
        "import { format } from './format.js';\nexport const money = (cents) => format(cents / 100);\n",
    );
    write(
        &root.join("node_modules/tiny-money/esm/format.js"),
        "export function format(n) { return Number(n.toFixed(2)); }\n",
    );
    write(
        &root.join("node_modules/tiny-money/cjs/index.cjs"),
        "throw new Error('the CommonJS build must not be used');\n",
    );
    // A CommonJS package with `main` and a relative require.
    write(
        &root.join("node_modules/legacy-cjs/package.json"),
        r#"{"name":"legacy-cjs","main":"lib/main"}"#,
    );
    write(
        &root.join("node_modules/legacy-cjs/lib/main.js"),
        "const { PREFIX } = require('./constants');\nmodule.exports = { prefix: PREFIX };\n",
    );
    write(
        &root.join("node_modules/legacy-cjs/lib/constants.js"),
        "exports.PREFIX = 'order-';\n",
    );
    (dir, root)
}

#[test]
fn nested_imports_packages_and_json_are_bundled_into_one_module() {
    let (_dir, root) = project();
    // Scripts may only import the allowed packages: these two are refused, where they are imported.
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 10, "{}", run.all());
    assert!(
        run.stderr
            .contains("package `tiny-money` cannot be imported"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("package `legacy-cjs` cannot be imported"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("shop/mappers/index.ts:1:23"),
        "{}",
        run.stderr
    );
}

#[test]
fn zod_like_packages_are_bundled_from_node_modules() {
    let (_dir, root) = project();
    // `zod` is an allowed package: make the ES-module package available under that name, and
    // route the CommonJS one through it (packages may import anything they can resolve).
    let pkg = root.join("node_modules");
    std::fs::rename(pkg.join("tiny-money"), pkg.join("zod")).unwrap();
    write(
        &pkg.join("zod/esm/format.js"),
        "import legacy from 'legacy-cjs';\nexport function format(n) { return Number(n.toFixed(2)); }\nexport const prefix = legacy.prefix;\n",
    );
    write(
        &pkg.join("zod/esm/index.js"),
        "import { format, prefix } from './format.js';\nexport const money = (cents) => format(cents / 100);\nexport { prefix };\n",
    );
    let mappers = root.join("shop/mappers/index.ts");
    let text = std::fs::read_to_string(&mappers).unwrap();
    write(
        &mappers,
        &text
            .replace(
                "import { money } from 'tiny-money';\nimport legacy from 'legacy-cjs';",
                "import { money, prefix } from 'zod';",
            )
            .replace("legacy.prefix", "prefix"),
    );

    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let dist = root.join("dist/orders-shop.js");
    let bundle = std::fs::read_to_string(&dist).unwrap();
    for id in [
        "shop/syncs/orders.ts",
        "shop/helpers/fetch.ts",
        "shop/fixtures/pages.json",
        "shop/mappers/index.ts",
        "shop/mappers/status.ts",
        "node_modules/zod/esm/index.js",
        "node_modules/zod/esm/format.js",
        "node_modules/legacy-cjs/lib/main.js",
        "node_modules/legacy-cjs/lib/constants.js",
    ] {
        assert!(
            bundle.contains(&format!("__nango_modules[\"{id}\"]")),
            "{id} not bundled"
        );
    }
    assert!(
        !bundle.contains("must not be used"),
        "the `require` build was picked"
    );
    assert!(
        !bundle.contains("interface RawOrder"),
        "types must be stripped"
    );
    let map: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("dist/orders-shop.js.map")).unwrap(),
    )
    .unwrap();
    let sources: Vec<&str> = map["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"../shop/mappers/status.ts"),
        "{sources:?}"
    );

    let nango = "{ batchSave: async (records, model) => { out.push([model, records]); } }";
    let Some(saved) = run_bundle(&dist, nango) else {
        return;
    };

    assert_eq!(
        saved,
        serde_json::json!([["Order", [
            { "id": "order-a", "total": 12.5, "status": "paid", "digest": "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8" },
            { "id": "order-b", "total": 0.99, "status": "pending", "digest": "e9d71f5ee7c92d6dc9e92ffdad17b8bd49418f98" }
        ]]])
    );
}

#[test]
fn a_missing_package_says_how_to_install_it() {
    let (_dir, root) = project();
    std::fs::remove_dir_all(root.join("node_modules")).unwrap();
    let mappers = root.join("shop/mappers/index.ts");
    let text = std::fs::read_to_string(&mappers).unwrap();
    write(&mappers, &text.replace("import { money } from 'tiny-money';\nimport legacy from 'legacy-cjs';", "import { z } from 'zod';\nconst legacy = { prefix: z };\nconst money = (n: number) => n;"));
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 10, "{}", run.all());
    assert!(
        run.stderr.contains("package `zod` is not installed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("run `npm install zod` in the integrations folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn real_zod_is_bundled_and_works() {
    let Some(modules) = std::env::var_os("NANGO_TEST_NODE_MODULES")
        .map(std::path::PathBuf::from)
        .filter(|m| m.join("zod/package.json").is_file())
    else {
        return oracle_missing(
            "zod under NANGO_TEST_NODE_MODULES",
            &npm_install("target/ci-node", "zod@3"),
        );
    };
    let (_dir, root) = project();
    std::fs::remove_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(&modules, root.join("node_modules")).unwrap();
    write(
        &root.join("shop/syncs/orders.ts"),
        "import type { NangoSync } from '../../models';
import { z } from 'zod';

const order = z.object({ id: z.string().min(1), total: z.number().nonnegative(), status: z.enum(['paid', 'pending']), digest: z.string() });

export default async function fetchData(nango: NangoSync): Promise<void> {
    const good = order.parse({ id: 'a', total: 1, status: 'paid', digest: 'x' });
    const bad = order.safeParse({ id: '', total: -1, status: 'lost', digest: 'x' });
    await nango.batchSave([good], 'Order');
    await nango.log(bad.success ? 'valid' : bad.error.issues.map((i) => i.path.join('.')).join(','));
}
",
    );
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let dist = root.join("dist/orders-shop.js");
    let nango = "{ batchSave: async (records) => { out.push(records); }, log: async (message) => { out.push(message); } }";
    let Some(logged) = run_bundle(&dist, nango) else {
        return;
    };

    assert_eq!(
        logged,
        serde_json::json!([[{ "id": "a", "total": 1, "status": "paid", "digest": "x" }], "id,total,status"])
    );
}
