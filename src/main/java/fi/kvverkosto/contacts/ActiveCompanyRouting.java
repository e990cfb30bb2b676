package fi.kvverkosto.contacts;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps archived companies out of the index {@value Company#INDEX}: archiving takes a company's document out (so it is
 * in no search, facet count or suggestion, whoever searches), restoring puts it back; the mass indexer skips them too.
 */
class ActiveCompanyRouting implements RoutingBridge<Company> {

    @Override
    public void route(
            DocumentRoutes routes, Object entityIdentifier, Company company, RoutingBridgeRouteContext context) {
        if (company.archived()) {
            routes.notIndexed();
        } else {
            routes.addRoute();
        }
    }

    @Override
    public void previousRoutes(
            DocumentRoutes routes, Object entityIdentifier, Company company, RoutingBridgeRouteContext context) {
        // Whatever the company was before, its document (if any) is in the one index without a routing key.
        routes.addRoute();
    }

    static class Binder implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("archivedAt");
            context.bridge(Company.class, new ActiveCompanyRouting());
        }
    }
}
