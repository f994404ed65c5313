// The `agent` channel: on every (re)connection the page sends its tool manifest (built from
// catalog/browser-tools.json); it answers the host's `tool_call`s with the shared executor and
// its `approval_request`s with the approval dialog. The `repl` relay (`dash.*` calls from a
// console) shares the same executor.

import { askApproval, cancelAllApprovals, type ApprovalRequest } from './approval';
import { toast } from './dom';
import type { HostSocket } from './socket';
import { browserToolManifest } from './browser-tools';
import type { ExecuteTool } from './tool-exec';

async function runTool(executeTool: ExecuteTool, name: string, args: unknown) {
  try {
    const result = await executeTool(name, args);
    return { ok: true, result, error: null };
  } catch (err) {
    console.error(`horrible: tool ${name} failed`, err);
    return { ok: false, result: null, error: `${(err as Error)?.name ?? 'Error'}: ${(err as Error)?.message ?? err}` };
  }
}

export function startAgentChannel(socket: HostSocket, executeTool: ExecuteTool): void {
  socket.onConnect(() => {
    socket.send('agent', 'manifest', { tools: browserToolManifest() });
  });

  socket.on('agent', async (frame) => {
    const data = frame.data ?? {};
    switch (frame.event) {
      case 'tool_call': {
        const reply = await runTool(executeTool, String(data.name), data.args);
        socket.send('agent', 'tool_result', { turnId: data.turnId ?? null, callId: data.callId, ...reply });
        break;
      }
      case 'approval_request': {
        const decision = await askApproval(data as ApprovalRequest);
        socket.send('agent', 'approval_response', { approvalId: data.approvalId, decision });
        break;
      }
      case 'error':
        toast(`Agent: ${data.message ?? 'error'}`, 'error');
        break;
      default:
        break;
    }
  });

  // Relay from a console cell: `repl` tool_call {id, callId, name, args}.
  socket.on('repl', async (frame) => {
    if (frame.event !== 'tool_call') return;
    const data = frame.data ?? {};
    const reply = await runTool(executeTool, String(data.name), data.args);
    socket.send('repl', 'tool_result', { id: data.id, callId: data.callId, ...reply });
  });

  // Approvals belong to the connection that asked; a new connection starts clean.
  socket.onState((state) => {
    if (state === 'disconnected') cancelAllApprovals();
  });
}
