//! MCP at `/mcp` (Streamable HTTP, served by the `rmcp` crate): `tools/list` is the one
//! catalog, `tools/call` goes through the one gate, so a denial is a result with `isError`.
//! The localhost guard in front of every route applies here too.
use crate::services::Services;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, ListToolsResult, PaginatedRequestParams,
    ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use rmcp::{ErrorData, RoleServer, ServerHandler};
use serde_json::Value;
use std::sync::Arc;

#[derive(Clone)]
pub(crate) struct McpServer {
    app: Arc<Services>,
}

/// The catalog entry for MCP: `inputSchema` from the tool's parameters, hints from `side_effect`.
fn mcp_tool(entry: &Value) -> Tool {
    let f = &entry["function"];
    let schema = f["parameters"].as_object().cloned().unwrap_or_default();
    let side_effect = entry["sideEffect"].as_bool().unwrap_or(false);
    Tool::new(
        f["name"].as_str().unwrap_or("").to_string(),
        f["description"].as_str().unwrap_or("").to_string(),
        Arc::new(schema),
    )
    .with_annotations(ToolAnnotations::new().read_only(!side_effect).destructive(side_effect))
}

impl ServerHandler for McpServer {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_instructions("horrible's agent tools: plugin tools run in the backend; layout tools are relayed to the open dashboard tab. Side-effecting tools pass the permission gate.")
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(super::catalog::all().iter().map(mcp_tool).collect()))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let args = Value::Object(request.arguments.unwrap_or_default());
        let result = super::gate::run(&self.app, &request.name, args, None, None).await;
        let failed = result.as_object().is_some_and(|o| o.contains_key("error"));
        let text = serde_json::to_string(&result).unwrap_or_default();
        let mut out = if failed {
            CallToolResult::error(vec![ContentBlock::text(text)])
        } else {
            CallToolResult::success(vec![ContentBlock::text(text)])
        };
        if result.is_object() {
            out.structured_content = Some(result);
        }
        Ok(out.into())
    }
}

pub(crate) fn service(app: &Arc<Services>) -> StreamableHttpService<McpServer, LocalSessionManager> {
    let cfg = &app.config;
    let mut hosts: Vec<String> =
        vec!["localhost".into(), "127.0.0.1".into(), "::1".into(), "[::1]".into(), cfg.bind.to_string()];
    hosts.extend(cfg.allowed_hosts.iter().cloned());
    let config = StreamableHttpServerConfig::default()
        .with_allowed_hosts(hosts)
        .with_json_response(true)
        .with_max_request_body_bytes(cfg.max_body_bytes);
    let server = McpServer { app: app.clone() };
    StreamableHttpService::new(move || Ok(server.clone()), Arc::default(), config)
}
