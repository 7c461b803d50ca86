// What every Codex thread of a scan is offered: only what a read-only review uses. Every request of a thread carries
// Codex's tool definitions and instructions again, so each one removed is saved on every request of every thread.
// Token counts are per request, o200k, measured on the pinned version (issue 22; tokens.md §3 and §4). Settings change
// between Codex releases, and one can stop working without a word (`--disable multi_agent` does nothing on this one),
// so they are pinned to the version they were confirmed on: a unit test fails when codex-version moves, and
// test/e2e/lean-threads.test.ts re-measures them from the requests the model receives.

/** The Codex CLI release these settings were confirmed on. Re-measure when CODEX_VERSION changes. */
export const LEAN_CONFIRMED_ON = '0.169.0';

/**
 * The most of one tool call's output that stays in the thread's history, in tokens. History is sent again with
 * every later request, so without a bound one `cat` of a minified bundle cost 13,735 tokens on each later turn
 * (Codex's own default cuts near 10,000); with 2,000 it cost 2,651. 2,000 tokens hold about 200 lines of code,
 * the range the reviewer instructions ask the model to read at a time; Codex cuts the middle of a longer output
 * and says so, and the model reads the rest in ranges.
 */
export const TOOL_OUTPUT_TOKEN_LIMIT = 2000;

/** `instructionsFile`: REVIEWER_INSTRUCTIONS, in the thread's scratch directory or, in a container, in /vega. */
export function leanThread(instructionsFile: string): { config: Record<string, string>; disable: string[] } {
  return {
    config: {
      // Codex's base instructions (4,216 tokens, for an interactive coding session) → the reviewer's (357).
      model_instructions_file: JSON.stringify(instructionsFile),
      // spawn_agent, wait_agent, followup_task, send_message, interrupt_agent, list_agents and the multi-agent
      // role and mode texts: 1,690. (`--disable multi_agent` has no effect on this version.)
      'agents.enabled': 'false',
      // request_user_input and its async twin: 560. Nobody answers a scan's questions. (Plain `false` is refused.)
      'tools.experimental_request_user_input': '{enabled=false}',
      // The collaboration-mode text about request_user_input: 179.
      include_collaboration_mode_instructions: 'false',
      tool_output_token_limit: String(TOOL_OUTPUT_TOKEN_LIMIT),
    },
    disable: [
      // create_goal, get_goal, update_goal: 617.
      'goals',
      // clock sleep: 92. A review waits for nothing.
      'sleep_tool',
      // view_image: 85. (`tools.view_image=false` has no effect on this version.)
      'view_image',
      // The `tty` parameter of exec_command: 24. Read-only commands need no terminal.
      'unified_exec_tty',
    ],
  };
}
