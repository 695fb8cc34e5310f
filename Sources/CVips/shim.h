// libvips for okm's photo step (Sources/OKMBuild/PhotoProcessor.swift). libvips's
// operations take their optional arguments as a NULL-terminated variadic list, which Swift
// cannot call, so each call okm makes is one fixed-argument function here.
#include <vips/vips.h>

static inline void okm_vips_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {}

static inline int okm_vips_start(void) {
    if (vips_init("okm")) return -1;
    // A photo that cannot be decoded is reported as okm's own error at the record's line;
    // libvips's warnings about it ("error in tile 0 x 376") are not printed besides.
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, okm_vips_quiet, NULL);
    // okm runs one photo per core itself; libvips's own threads would only compete with it.
    vips_concurrency_set(1);
    // No operation cache: every photo is read once, so a cache would only hold memory.
    vips_cache_set_max(0);
    return 0;
}

/// Decodes the file, turns it upright by its EXIF orientation, converts it to sRGB and
/// shrinks it (never enlarges it) to fit a `box`×`box` square. Fails on any decoding error,
/// not only on a file libvips cannot open at all.
static inline int okm_vips_load_upright(const char *path, VipsImage **out, int box) {
    return vips_thumbnail(path, out, box, "height", box, "size", VIPS_SIZE_DOWN,
                          "export_profile", "srgb", "fail_on", VIPS_FAIL_ON_ERROR, NULL);
}

/// `in` at `width` pixels wide (never wider than it is), its height in proportion.
static inline int okm_vips_to_width(VipsImage *in, VipsImage **out, int width) {
    return vips_thumbnail_image(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL);
}

/// A copy of `in` with every metadata field removed (EXIF, XMP, IPTC, ICC, orientation…).
/// The savers' `strip` alone is not enough: libvips 8.14's webpsave writes EXIF, XMP and
/// ICC despite it (okm's tests found GPS in WebP variants).
static inline int okm_vips_without_metadata(VipsImage *in, VipsImage **out) {
    if (vips_copy(in, out, NULL)) return -1;
    gchar **fields = vips_image_get_fields(*out);
    for (int i = 0; fields[i]; i++) vips_image_remove(*out, fields[i]);
    g_strfreev(fields);
    return 0;
}

// Every saver is told to strip: no EXIF, GPS, XMP, IPTC, ICC, maker notes or thumbnails.
static inline int okm_vips_save_jpeg(VipsImage *in, const char *path) {
    return vips_jpegsave(in, path, "strip", TRUE, "Q", 82, "optimize_coding", TRUE, "interlace", TRUE, NULL);
}

static inline int okm_vips_save_png(VipsImage *in, const char *path) {
    return vips_pngsave(in, path, "strip", TRUE, "compression", 9, NULL);
}

static inline int okm_vips_save_webp(VipsImage *in, const char *path) {
    return vips_webpsave(in, path, "strip", TRUE, "Q", 80, NULL);
}

static inline void okm_vips_unref(VipsImage *image) { if (image) g_object_unref(image); }
