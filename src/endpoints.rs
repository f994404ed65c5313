//! [`Endpoints`]: an axum router that remembers the paths it serves.
//!
//! Each capability builds its HTTP surface with it; the composition root merges them and hands
//! the recorded paths to the plugin loader, so "the host's own routes" (which a plugin route
//! may not shadow) come from the registrations themselves, not from a list kept by hand.
//! A leaf module: it imports nothing else of the crate.
use axum::routing::MethodRouter;
use axum::Router;

pub(crate) struct Endpoints<S> {
    router: Router<S>,
    paths: Vec<&'static str>,
}

impl<S: Clone + Send + Sync + 'static> Default for Endpoints<S> {
    fn default() -> Self {
        Self { router: Router::new(), paths: Vec::new() }
    }
}

impl<S: Clone + Send + Sync + 'static> Endpoints<S> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// `Router::route`, remembering `path` (axum syntax: `/api/settings/{key}`).
    pub(crate) fn route(mut self, path: &'static str, method_router: MethodRouter<S>) -> Self {
        self.router = self.router.route(path, method_router);
        self.paths.push(path);
        self
    }

    /// `Router::nest_service`, remembering `path`.
    pub(crate) fn nest_service<T>(mut self, path: &'static str, service: T) -> Self
    where
        T: tower_service::Service<axum::extract::Request, Error = std::convert::Infallible>
            + Clone
            + Send
            + Sync
            + 'static,
        T::Response: axum::response::IntoResponse,
        T::Future: Send + 'static,
    {
        self.router = self.router.nest_service(path, service);
        self.paths.push(path);
        self
    }

    pub(crate) fn merge(mut self, other: Endpoints<S>) -> Self {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }

    pub(crate) fn paths(&self) -> &[&'static str] {
        &self.paths
    }

    pub(crate) fn into_router(self) -> Router<S> {
        self.router
    }
}
