extension StaticAssets {
    /// Plain CSS: readable tables, severity colours that keep their meaning without colour (text labels).
    static let stylesheet = """
        :root { --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --bg: #f6f7f9; --card: #fff; --accent: #1f5fbf;
          --critical: #8e1023; --high: #c2410c; --medium: #a16207; --low: #2563eb; --info: #4b5563;
          --new: #c2410c; --fixed: #15803d; }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
        header.top { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #17202e; color: #fff; flex-wrap: wrap; }
        header.top a { color: #dbe6ff; text-decoration: none; }
        .brand { font-weight: 700; font-size: 18px; color: #fff !important; letter-spacing: .04em; }
        header nav ul, .tabs ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 16px; flex-wrap: wrap; }
        header nav a[aria-current] { color: #fff; border-bottom: 2px solid #8fb3ff; }
        .who { margin-left: auto; display: flex; align-items: center; gap: 10px; }
        .role { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #2f3d55; }
        .logout { margin: 0; }
        .logout button { background: transparent; color: #dbe6ff; border: 1px solid #4a5b78; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
        main { padding: 20px 24px 40px; max-width: 1280px; margin: 0 auto; }
        footer { color: var(--muted); font-size: 12px; text-align: center; padding: 12px; }
        h1 { font-size: 24px; margin: 4px 0 16px; }
        h2 { font-size: 18px; margin: 24px 0 10px; }
        .narrow { max-width: 420px; margin: 40px auto; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin-bottom: 16px; }
        .grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); }
        .figures { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: 16px; }
        .figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; min-width: 140px; }
        .figure .value { font-size: 28px; font-weight: 700; display: block; }
        .figure .label { color: var(--muted); font-size: 13px; }
        table.data { width: 100%; border-collapse: collapse; background: var(--card); margin-bottom: 16px; }
        table.data th, table.data td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        table.data th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .empty { color: var(--muted); font-style: italic; }
        .badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; border: 1px solid currentColor; white-space: nowrap; }
        .sev-critical { color: var(--critical); font-weight: 700; } .sev-high { color: var(--high); font-weight: 600; }
        .sev-medium { color: var(--medium); } .sev-low { color: var(--low); } .sev-info { color: var(--info); }
        .state-open, .state-reopened { color: #b42318; } .state-confirmed { color: #9a3412; }
        .state-false_positive, .state-accepted_risk { color: #4b5563; } .state-fixed { color: var(--fixed); }
        .overdue { color: #b42318; font-weight: 600; }
        form.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin-bottom: 14px; }
        label { display: block; font-size: 13px; color: var(--muted); }
        label > input, label > select, label > textarea { display: block; margin-top: 3px; color: var(--ink); }
        input, select, textarea, button { font: inherit; }
        input[type=text], input[type=password], input[type=date], input[type=number], select, textarea { padding: 5px 7px; border: 1px solid #b8c0cc; border-radius: 4px; background: #fff; }
        textarea { width: 100%; min-height: 70px; }
        button, .button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; cursor: pointer; text-decoration: none; display: inline-block; }
        button.secondary { background: #e6eaf0; color: var(--ink); }
        button.danger { background: #b42318; }
        .stack > * + * { margin-top: 10px; }
        .inline { display: inline; }
        label.inline { display: inline-flex; gap: 6px; align-items: center; color: var(--ink); }
        .card > h2:first-child { margin-top: 0; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; display: flex; gap: 10px; flex-wrap: wrap; }
        .triage { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin: 12px 0; }
        .triage label.reason { flex: 1 1 320px; }
        .pager { display: flex; gap: 12px; margin: 12px 0; }
        .notice { background: #eef6ee; border: 1px solid #b7dbb7; border-radius: 6px; padding: 10px 14px; }
        .alert { background: #fdecec; border: 1px solid #f3b5b5; border-radius: 6px; padding: 10px 14px; }
        .secret-once { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 15px; padding: 10px; background: #fff8db; border: 1px dashed #c9a227; word-break: break-all; }
        pre.snippet, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
        pre.snippet { background: #0f1720; color: #e6edf3; padding: 10px 12px; border-radius: 6px; overflow-x: auto; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        .tabs { margin-bottom: 14px; } .tabs a[aria-current] { font-weight: 700; text-decoration: none; }
        svg.chart { width: 100%; height: auto; max-width: 760px; display: block; }
        svg.chart .bar-new { fill: var(--new); } svg.chart .bar-fixed { fill: var(--fixed); }
        svg.chart .axis { stroke: #8a93a3; stroke-width: 1; } svg.chart .grid { stroke: #e3e7ee; stroke-width: 1; }
        svg.chart text { font-size: 11px; fill: var(--muted); }
        .legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin-top: 6px; }
        .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
        .swatch.new { background: var(--new); } .swatch.fixed { background: var(--fixed); }
        .bars { list-style: none; padding: 0; margin: 0; }
        .bars li { display: grid; grid-template-columns: 90px 1fr 50px; gap: 8px; align-items: center; margin: 3px 0; }
        .bars meter { width: 100%; }
        .radar svg { width: 100%; height: auto; max-width: 640px; display: block; }
        table.heatmap td.level-0 { background: #fdecec; } table.heatmap td.level-1 { background: #fdf0e1; }
        table.heatmap td.level-2 { background: #fdf7dc; } table.heatmap td.level-3 { background: #eef7e4; }
        table.heatmap td.level-4 { background: #dcf0dc; } table.heatmap td.level-5 { background: #c6e8cc; }
        .req-verified { color: var(--fixed); } .req-implemented { color: var(--accent); } .req-not-started { color: #b42318; }
        .req-not-applicable { color: var(--info); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        """
}
