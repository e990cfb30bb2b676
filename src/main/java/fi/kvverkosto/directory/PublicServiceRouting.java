package fi.kvverkosto.directory;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps only public services in the index: an archived (defunct) service, or any service of an archived provider, is
 * left out, and taken out when it becomes one. Inactive services stay: the public pages list them, marked, after the
 * active ones.
 */
class PublicServiceRouting implements RoutingBridge<ServiceListing> {

    @Override
    public void route(
            DocumentRoutes routes, Object entityIdentifier, ServiceListing service, RoutingBridgeRouteContext context) {
        if (service.isPublic()) {
            routes.addRoute();
        } else {
            routes.notIndexed();
        }
    }

    @Override
    public void previousRoutes(
            DocumentRoutes routes, Object entityIdentifier, ServiceListing service, RoutingBridgeRouteContext context) {
        // Whatever the service was before, its document (if any) is in the one index without a routing key.
        routes.addRoute();
    }

    static class Binder implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status").use("organisation.archived");
            context.bridge(ServiceListing.class, new PublicServiceRouting());
        }
    }
}
