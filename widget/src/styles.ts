// The renderer's styles, injected into its shadow root so host pages and survey never restyle each other.
export const STYLES = `:host{all:initial;display:block;font:16px/1.5 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Segoe UI",Roboto,sans-serif;color:#1f2933;--ovc:#2563eb}
*{box-sizing:border-box}.card{background:#fff;border-radius:12px;padding:20px;box-shadow:0 4px 24px rgba(0,0,0,.12)}
h1{font-size:1.25em;margin:0 0 8px}p{margin:0 0 12px}.intro{color:#52606d}.progress{font-size:.8em;color:#616e7c;margin-bottom:8px}
fieldset{border:0;margin:0;padding:0;min-width:0}legend{font-weight:600;margin-bottom:12px;padding:0}
.req{color:#b42318}.scale{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:4px}.scale label{min-width:0}
.opt input,.scale input{position:absolute;opacity:0;width:1px;height:1px}
.scale span{display:block;text-align:center;padding:10px 0;border:1px solid #cbd2d9;border-radius:8px;cursor:pointer;user-select:none}
.scale input:checked+span{background:var(--ovc);border-color:var(--ovc);color:#fff}.scale input:focus-visible+span,.opt input:focus-visible+span{outline:3px solid #93c5fd;outline-offset:2px}
.stars span{font-size:1.6em;padding:4px 0;border:0;color:#cbd2d9}.stars input:checked+span{background:none;color:#f59e0b}
.ends{display:flex;justify-content:space-between;font-size:.8em;color:#616e7c;margin-top:6px}
.opt{display:block;margin:6px 0}.opt span{display:block;padding:10px 12px;border:1px solid #cbd2d9;border-radius:8px;cursor:pointer}
.opt input:checked+span{border-color:var(--ovc);background:#eff6ff;font-weight:600}
textarea{width:100%;min-height:110px;font:inherit;padding:10px;border:1px solid #cbd2d9;border-radius:8px;resize:vertical}
.nav{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}
button{font:inherit;border-radius:8px;padding:10px 18px;border:1px solid var(--ovc);background:var(--ovc);color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:var(--ovc)}button:disabled{opacity:.6}.error{color:#b42318;margin-top:8px;font-size:.9em}
.close{position:absolute;top:6px;right:6px;background:none;border:0;color:#616e7c;font-size:22px;padding:4px 10px;min-height:0}
.float{position:fixed;right:16px;bottom:16px;width:360px;max-width:calc(100vw - 32px);max-height:calc(100vh - 32px);overflow:auto;z-index:2147483000}
@media (max-width:480px){.float{right:0;bottom:0;width:100vw;max-width:100vw;border-radius:12px 12px 0 0}}`;
