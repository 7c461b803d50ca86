export const id = 661;
export const ids = [661];
export const modules = {

/***/ 93959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tail),
/* harmony export */   T: () => (/* binding */ docker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// The docker CLI as a child process: every call bounded in time, output captured, never a shell.

function docker(args, opts = {}) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('docker', args, { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, env: opts.env ?? process.env }, (err, stdout, stderr) => {
            const e = err;
            const code = e ? (typeof e.code === 'number' ? e.code : e.code === 'ENOENT' ? 127 : 1) : 0;
            resolve({
                code,
                stdout: String(stdout),
                stderr: e && e.code === 'ENOENT' ? 'docker: command not found' : String(stderr),
            });
        });
    });
}
/** The last few non-empty lines of a command's stderr, for an error message. */
function tail(text, n = 3) {
    return text
        .trim()
        .split('\n')
        .filter((l) => l.trim())
        .slice(-n)
        .join(' | ');
}


/***/ }),

/***/ 25360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ labelsOf),
/* harmony export */   d: () => (/* binding */ LABEL)
/* harmony export */ });
// Labels on every container the action starts, so that clean-up finds exactly its own containers.
const LABEL = {
    scanId: 'dev.vega.codex.scan-id',
    repository: 'dev.vega.codex.repository',
    runId: 'dev.vega.codex.run-id',
    job: 'dev.vega.codex.job',
    createdAt: 'dev.vega.codex.created-at',
    deadline: 'dev.vega.codex.deadline',
    actionVersion: 'dev.vega.codex.action-version',
};
function labelsOf(id) {
    return {
        [LABEL.scanId]: id.scanId,
        [LABEL.repository]: id.repository,
        [LABEL.runId]: id.runId,
        [LABEL.job]: id.job,
        [LABEL.createdAt]: id.createdAt,
        [LABEL.deadline]: id.deadline,
        [LABEL.actionVersion]: id.actionVersion,
    };
}


/***/ }),

/***/ 16007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ removeStaleContainers),
/* harmony export */   cB: () => (/* binding */ removeScanContainers)
/* harmony export */ });
/* unused harmony exports listScanContainers, isStale, removeContainers */
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93959);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25360);
// The container manager: finds the action's containers by label, removes those left behind by earlier scans, and
// never touches a live container of another scan (one still running within its own deadline).


/** A container this young may be another scan's, still starting (state "created"). */
const STARTING_GRACE_MS = 120_000;
async function listScanContainers() {
    const format = `{{.ID}}\t{{.Names}}\t{{.State}}\t{{.Label "${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL */ .d.scanId}"}}\t{{.Label "${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL */ .d.createdAt}"}}\t{{.Label "${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL */ .d.deadline}"}}`;
    const r = await (0,_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .docker */ .T)(['ps', '--all', '--no-trunc', '--filter', `label=${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL */ .d.scanId}`, '--format', format], {
        timeoutMs: 30_000,
    });
    if (r.code !== 0)
        return [];
    return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => {
        const [id, name, state, scanId, createdAt, deadline] = l.split('\t');
        return { id: id, name: name, state: state, scanId: scanId, createdAt: createdAt, deadline: deadline };
    });
}
/**
 * Stale: exited, running past its deadline (its scan is gone), or created long ago and never started. A container
 * of another scan that is starting or running within its deadline is live. Pure, for tests.
 */
function isStale(c, now) {
    if (c.state === 'removing')
        return false;
    if (c.state === 'running' || c.state === 'paused') {
        const deadline = Date.parse(c.deadline);
        return Number.isNaN(deadline) || deadline < now.getTime();
    }
    if (c.state === 'created' || c.state === 'restarting') {
        const created = Date.parse(c.createdAt);
        return Number.isNaN(created) || now.getTime() - created > STARTING_GRACE_MS;
    }
    return true;
}
async function removeContainers(ids) {
    if (ids.length)
        await (0,_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .docker */ .T)(['rm', '--force', '--volumes', ...ids], { timeoutMs: 60_000 });
}
/** Removes stale containers of earlier scans; returns their names. */
async function removeStaleContainers(now = new Date()) {
    const stale = (await listScanContainers()).filter((c) => isStale(c, now));
    await removeContainers(stale.map((c) => c.id));
    return stale.map((c) => c.name);
}
/** Removes the containers of one scan, whatever their state (its own clean-up and the post step). */
async function removeScanContainers(scanId) {
    const own = (await listScanContainers()).filter((c) => c.scanId === scanId);
    await removeContainers(own.map((c) => c.id));
    return own.map((c) => c.name);
}


/***/ }),

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _config_outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70416);
/* harmony import */ var _container_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16007);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _runtime_scratch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90738);
// The post step: in container mode removes this scan's container and any stale ones of earlier scans, then removes
// the job's scratch space (Codex's home holds the full transcript; if Codex was killed it may also hold shell
// snapshots with environment values). Containers go first: a live one may still be writing there. Never fails the job.
// Exported as `run`, like the main step's, so that tools which run an entrypoint's `run()` from source (GitHub's
// local-action) can run it too.





async function run() {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_config_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .U.containerMode) === 'true') {
        try {
            const scanId = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_config_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .U.scanId);
            const own = scanId ? await (0,_container_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .removeScanContainers */ .cB)(scanId) : [];
            const stale = await (0,_container_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .removeStaleContainers */ .QQ)();
            const removed = [...own, ...stale];
            if (removed.length)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed containers: ${removed.join(', ')}`);
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not clean up containers: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
        }
    }
    const scratch = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_config_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .U.scratch);
    if (scratch) {
        const problem = (0,_runtime_scratch_js__WEBPACK_IMPORTED_MODULE_3__/* .removeScratch */ .ZU)(scratch);
        if (problem)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(problem);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`removed ${scratch}`);
    }
}


/***/ }),

/***/ 90738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ scratchDir),
/* harmony export */   ZU: () => (/* binding */ removeScratch),
/* harmony export */   bx: () => (/* binding */ codexTempDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// A scan's scratch directory: Codex's homes (whole transcripts; shell snapshots with environment values if Codex was
// killed), its temporary files, schemas and sockets. Its path is known before the scan starts, so whoever ends the
// scan can remove it: the action's post step, or the CLI. The scan keeps it, since its caller may inspect Codex's
// home afterwards.



function scratchDir(output, scanId) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(output.tempDir, `vega-codex-${scanId}`);
}
/** TMPDIR for the Codex of one thread (or of the version probe), inside the scratch directory; created private. */
function codexTempDir(work) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, 'tmp');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    return dir;
}
/** Removes it; when that fails, the line to warn with, since a scan's result never depends on its clean-up. */
function removeScratch(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        return undefined;
    }
    catch (error) {
        return `Could not remove the scan's scratch directory ${dir}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}`;
    }
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** A problem with how the action was configured: the message says what to change. Exits 1 without a stack trace. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}


/***/ })

};
