package parcelatlas.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import parcelatlas.accounts.LoginThrottle;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Sessions;
import parcelatlas.accounts.Users;
import parcelatlas.config.AtlasConfig;
import parcelatlas.desk.ProjectDesk;
import parcelatlas.desk.ProjectUpdates;
import parcelatlas.desk.ZoneReports;
import parcelatlas.export.Exporter;
import parcelatlas.features.FeatureReader;
import parcelatlas.figures.FigureService;
import parcelatlas.importer.Imports;
import parcelatlas.investor.Enquiries;
import parcelatlas.limits.WorkSlots;
import parcelatlas.investor.PublicParcels;
import parcelatlas.storage.AuditLog;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.tiles.TileBounds;

/** Every route of the portal, in one place. */
public final class Routes {
  private Routes() {}

  /** A configured, not yet started server. */
  public static Javalin create(AtlasConfig config, Storage database, Clock clock) {
    Storage storage = database.withStatementTimeout(
        Duration.ofMillis(Long.parseLong(config.get("db.statement.timeout.ms"))));
    int perNode = Integer.parseInt(config.get("work.limit.per.node"));
    int mostPerNode = Databases.POOL_SIZE - Databases.POOL_RESERVE - OgcTilesLimit.DEFAULT_PER_NODE;
    if (perNode > mostPerNode) {
      throw new IllegalArgumentException("work.limit.per.node is " + perNode + ", at most " + mostPerNode
          + ": with " + OgcTilesLimit.DEFAULT_PER_NODE + " tile places it would leave fewer than "
          + Databases.POOL_RESERVE + " of the pool's " + Databases.POOL_SIZE + " connections to other requests");
    }
    WorkLimiter limiter = new WorkLimiter(new WorkSlots(storage, clock,
        Integer.parseInt(config.get("work.limit.per.client")), WorkLimiter.SLOT_EXPIRY), perNode);
    Links links = new Links(config.get("public.url"));
    MapConfigApi mapConfig = new MapConfigApi(config);
    FeatureReader reader = new FeatureReader(storage, clock);
    PublicParcels parcels = new PublicParcels(storage, reader);
    // the catalogue of this build, codes for every row: a data migration, so without the statement
    // timeout of requests (on a database upgraded with a million parcels it fills every row once)
    database.inTransaction(parcelatlas.industry.CatalogueSync::run);
    TileBounds bounds = new TileBounds(storage, clock, reader::extent);
    OgcApi ogc = new OgcApi(reader, bounds, links, clock);
    OgcTiles ogcTiles = new OgcTiles(new parcelatlas.tiles.TileService(storage, clock), bounds, links);
    OpenApi openApi = new OpenApi(links);
    InvestorApi investor = new InvestorApi(parcels, new Enquiries(storage, parcels, clock,
        Integer.parseInt(config.get("enquiry.limit.per.hour")), config.get("enquiry.salt")),
        new parcelatlas.context.NearestContext(storage), links);
    ParksApi parks = new ParksApi(new parcelatlas.investor.ParkDirectory(storage));
    Users users = new Users(storage, new PasswordHasher(Integer.parseInt(config.get("password.cost"))));
    AuthApi auth = new AuthApi(users, new Sessions(storage, clock), new LoginThrottle(storage, clock), clock);
    FigureService figureService = new FigureService(storage);
    ExportApi export = new ExportApi(new Exporter(reader, Long.parseLong(config.get("export.shp.max.bytes"))));
    DeskApi desk = new DeskApi(new ZoneReports(storage, clock), new ProjectDesk(storage, clock),
        new ProjectUpdates(storage, clock), figureService, clock);
    DispatchApi dispatch = new DispatchApi(new parcelatlas.desk.WeeklyDispatch(storage, clock,
        parcelatlas.desk.DispatchWeek.reportingDay(config.get("dispatch.day"))), clock);
    DeskViewApi deskView = new DeskViewApi(new parcelatlas.desk.LaggingList(storage, figureService),
        new parcelatlas.desk.DeskExtent(storage), clock);
    AdminApi admin = new AdminApi(new AuditLog(storage), users, new parcelatlas.accounts.UserChanges(storage,
        new PasswordHasher(Integer.parseInt(config.get("password.cost")))));
    FiguresApi figures = new FiguresApi(figureService, clock);
    BulletinApi bulletins = new BulletinApi(new parcelatlas.bulletin.BulletinBuilder(storage, figureService, clock.getZone()),
        new parcelatlas.bulletin.BulletinArchive(storage), config.get("bulletin.font"), clock);
    ImportApi imports = new ImportApi(new Imports(database, clock,
        Path.of(config.get("data.dir"), "import-work"), Long.parseLong(config.get("import.max.bytes"))));
    ContestApi contest = new ContestApi(new parcelatlas.contest.Contest(storage, figureService), clock);
    MapFlagsApi mapFlags = new MapFlagsApi(new parcelatlas.desk.MapFlags(new parcelatlas.contest.Contest(storage, figureService),
        new parcelatlas.desk.DeskExtent(storage)), clock);
    PhotoApi photos = new PhotoApi(new parcelatlas.photos.Photos(storage, clock), new parcelatlas.photos.PhotoViews(storage));
    parcelatlas.leads.LeadInbox leadInbox = new parcelatlas.leads.LeadInbox(storage, clock,
        parcelatlas.leads.LeadInbox.overdueHours(config.get("leads.overdue.hours")));
    LeadApi leads = new LeadApi(leadInbox, new parcelatlas.leads.LeadDetail(storage, leadInbox),
        new parcelatlas.leads.LeadChanges(storage, clock));
    Metrics metrics = new Metrics(storage);
    OpsApi ops = new OpsApi(storage, metrics, config.get("metrics.token"));
    return Javalin.create(c -> {
      GracefulStop.configure(c);
      c.requestLogger.http((ctx, ms) -> {
        AccessLog.write(ctx, ms);
        metrics.record(ctx, ms);
      });
      c.events.serverStopped(() -> {
        AccessLog.flush();
        ops.close();
        metrics.close();
      });
      c.startup.showJavalinBanner = false;
      c.staticFiles.add("/web", Location.CLASSPATH);
      c.staticFiles.enableWebjars();
      c.http.defaultContentType = OgcApi.JSON;
      c.http.compressionStrategy = ResponseCompression.gzip();
      c.http.maxRequestSize = BodyLimits.SERVER_BYTES;
      // the buffer Javalin copies a ctx.result body through, allocated per response: Jetty's 32 KB by
      // default (zeroed each time for a 200-byte answer); Jetty still gathers the pieces in its own buffer,
      // and gzip still decides on the first piece, at least 1,500 bytes either way
      c.http.responseBufferSize = 8 * 1024;
      ClientAddress clients = new ClientAddress(config);
      JettyStack.configure(c, new BodyReaders(clients));
      ApiErrors.register(c);
      // every request, in this order; one before-handler calling them (Javalin runs each before-handler
      // as a task of its own: eight of them cost more than the calls); the first that throws ends it.
      // No after-handler: each is a task and a route match of its own (the thread's replica choice is
      // put back by JettyStack's filter, around everything Javalin does)
      c.routes.before(inOrder(
          AccessLog::assignId,
          clients::resolve,
          new SecurityHeaders(config, mapConfig.tileUrl(), mapConfig.tileSubdomains())::apply,
          BodyLimits::check,
          QueryText::check,
          auth::resolveViewer,
          ReplicaReads::choose));

      // the two busiest routes first: Javalin tries a request's path against each route of its method in
      // the order added, and no other route matches either path, so the order changes no answer
      c.routes.get("/ogc/collections/{collectionId}/items", limiter.limitWhen(OgcItems::costly, ogc::items));
      c.routes.get("/api/investor/parcels", limiter.limit(investor::search));
      c.routes.get("/health", ops::health);
      c.routes.get("/ready", ops::ready);
      c.routes.get("/metrics", ops::metrics);

      c.routes.post("/api/login", auth::login);
      c.routes.post("/api/logout", auth::logout);
      c.routes.get("/api/me", auth::me);

      c.routes.get("/ogc", ogc::landing);
      c.routes.get("/ogc/conformance", ogc::conformance);
      c.routes.get("/ogc/api", openApi::document);
      c.routes.get("/ogc/collections", ogc::collections);
      c.routes.get("/ogc/collections/{collectionId}", ogc::collection);
      c.routes.get("/ogc/collections/{collectionId}/queryables", ogc::queryables);
      c.routes.get("/ogc/collections/{collectionId}/items/{featureId}", ogc::item);
      c.routes.get("/ogc/tileMatrixSets", ogcTiles::tileMatrixSets);
      c.routes.get("/ogc/tileMatrixSets/{tileMatrixSetId}", ogcTiles::tileMatrixSet);
      c.routes.get("/ogc/collections/{collectionId}/tiles", ogcTiles::tilesets);
      c.routes.get("/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}", ogcTiles::tileset);
      c.routes.get("/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", ogcTiles::tile);
      c.routes.get("/api/config", mapConfig::get);
      c.routes.get("/api/export", limiter.limit(export::export));
      c.routes.post("/api/export", limiter.limit(export::export));
      c.routes.get("/api/export/count", limiter.limit(export::count));
      c.routes.post("/api/export/count", limiter.limit(export::count));

      c.routes.get("/api/investor/parks", parks::page);
      c.routes.get("/api/investor/parks/extent", parks::extent);
      c.routes.get("/api/industries", investor::industries);
      c.routes.get("/api/investor/context-kinds", investor::contextKinds);
      c.routes.get("/api/investor/parcels/{code}", investor::parcel);
      c.routes.get("/api/investor/parcels/{code}/qr.svg", investor::parcelQr);
      c.routes.post("/api/investor/match", limiter.limit(investor::match));
      c.routes.get("/api/investor/compare", investor::compare);
      c.routes.post("/api/investor/enquiries", investor::enquire);
      c.routes.get("/api/staff/enquiries", investor::staffEnquiries);
      c.routes.get("/api/leads", leads::list);
      c.routes.get("/api/leads/counts", leads::counts);
      c.routes.get("/api/leads/{id}", leads::one);
      c.routes.post("/api/leads/{id}/status", leads::status);
      c.routes.post("/api/leads/{id}/assign", leads::assign);
      c.routes.post("/api/leads/{id}/notes", leads::note);

      c.routes.get("/api/desk/zones", desk::zones);
      c.routes.get("/api/desk/zones/{code}/reports", desk::history);
      c.routes.post("/api/desk/zones/{code}/reports", desk::file);
      c.routes.get("/api/desk/dispatch", dispatch::missing);
      c.routes.get("/api/desk/lagging", deskView::lagging);
      c.routes.get("/api/desk/extent", deskView::extent);
      c.routes.get("/api/desk/townships", deskView::townships);
      c.routes.get("/api/desk/projects", desk::projectStages);
      c.routes.get("/api/desk/projects/{code}", desk::project);
      c.routes.post("/api/desk/projects/{code}/investments", desk::investment);
      c.routes.post("/api/desk/projects/{code}/tax", desk::tax);
      c.routes.post("/api/desk/projects/{code}/stage", desk::stage);
      c.routes.post("/api/desk/projects/{code}/milestones/{seq}", desk::milestone);
      c.routes.post("/api/desk/projects/{code}/issues", desk::raiseIssue);
      c.routes.post("/api/desk/projects/{code}/issues/{seq}/close", desk::closeIssue);

      c.routes.get("/api/desk/zones/{code}/reports/{reportId}/photos", photos::listOfReport);
      c.routes.post("/api/desk/zones/{code}/reports/{reportId}/photos", photos::uploadToReport);
      c.routes.get("/api/desk/projects/{code}/photos", photos::listOfProject);
      c.routes.post("/api/desk/projects/{code}/photos", photos::uploadToProject);
      c.routes.post("/api/desk/projects/{code}/issues/{seq}/photos", photos::uploadToIssue);
      c.routes.get("/api/desk/zones/{code}/photos", photos::listOfZone);
      c.routes.get("/api/desk/photos", photos::inView);
      c.routes.get("/api/photos/{id}", photos::photo);
      c.routes.get("/api/photos/{id}/thumbnail", photos::thumbnail);
      c.routes.post("/api/photos/{id}/withdraw", photos::withdraw);

      c.routes.get("/api/figures", figures::figures);
      c.routes.get("/api/figures/rankings", figures::rankings);
      c.routes.get("/api/figures.csv", figures::csv);

      c.routes.get("/api/bulletin", limiter.limit(bulletins::bulletin));
      c.routes.get("/api/bulletin.pdf", limiter.limit(bulletins::draft));
      c.routes.post("/api/bulletins", limiter.limit(bulletins::issue));
      c.routes.get("/api/bulletins", bulletins::list);
      c.routes.get("/api/bulletins/{id}/pdf", bulletins::download);

      c.routes.get("/api/desk/contest", contest::desk);
      c.routes.get("/api/desk/contest/map", mapFlags::onMap);
      c.routes.get("/api/public/contest", contest::published);
      c.routes.get("/api/admin/contest/settings", contest::settings);
      c.routes.put("/api/admin/contest/weights", contest::updateSettings);
      c.routes.post("/api/admin/contest/{quarter}/publish", contest::publish);

      c.routes.post("/api/imports", imports::upload);
      c.routes.post("/api/imports/{id}/preview", imports::preview);
      c.routes.post("/api/imports/{id}/commit", imports::commit);
      c.routes.delete("/api/imports/{id}", imports::discard);

      c.routes.get("/api/admin/audit", admin::audit);
      c.routes.get("/api/admin/users", admin::listUsers);
      c.routes.post("/api/admin/users", admin::addUser);
      c.routes.post("/api/admin/users/{username}/disable", admin::disableUser);
      c.routes.post("/api/admin/users/{username}/enable", admin::enableUser);
      c.routes.post("/api/admin/users/{username}/password", admin::resetPassword);
    });
  }

  /** One handler that runs {@code handlers} one after the other. */
  private static Handler inOrder(Handler... handlers) {
    return ctx -> {
      for (Handler handler : handlers) {
        handler.handle(ctx);
      }
    };
  }
}
