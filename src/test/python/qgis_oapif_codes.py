"""Reads one collection of an OGC API - Features server through QGIS's OAPIF provider.

Usage: QT_QPA_PLATFORM=offscreen python3 qgis_oapif_codes.py BASE_URL COLLECTION PAGE_SIZE [BBOX]
BBOX is minLon,minLat,maxLon,maxLat (CRS84). When ATLAS_COOKIE is set, every request QGIS
makes carries it as its Cookie header (a signed-in session). Prints the `code` of every
feature QGIS delivers, one per line, then on standard error how many item pages it fetched.
Exits 2 if QGIS cannot open the collection.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsFeatureRequest, QgsNetworkAccessManager,
                       QgsRectangle, QgsVectorLayer)


def main(base, collection, page_size, bbox=None):
    app = QgsApplication([], False)
    app.initQgis()
    cookie = os.environ.get("ATLAS_COOKIE")
    item_requests = []

    def before_request(request):
        if cookie:
            request.setRawHeader(b"Cookie", cookie.encode("ascii"))
        if "/items" in request.url().toString():
            item_requests.append(request.url().toString())

    QgsNetworkAccessManager.setRequestPreprocessor(before_request)
    messages = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: messages.append(f"{tag}: {message}"))
    uri = f"url='{base}' typename='{collection}' pageSize='{page_size}'"
    layer = QgsVectorLayer(uri, collection, "OAPIF")
    app.processEvents()
    if not layer.isValid():
        # layer.error() crashes QGIS 3.22 for an OAPIF layer that failed to open; the log says why
        print(f"QGIS cannot open {collection} at {base}: {' | '.join(messages)}", file=sys.stderr)
        return 2
    request = QgsFeatureRequest()
    if bbox:
        request.setFilterRect(QgsRectangle(*(float(v) for v in bbox.split(","))))
    for feature in layer.getFeatures(request):
        print(feature["code"])
    print(f"item requests: {len(item_requests)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
