import Foundation
import OKMModel

/// The record form's "add a picture" and "add a file" forms (multipart/form-data, to
/// `/__okm/edit/upload`), each only for a kind whose schema has that list. Forms of their own:
/// they send the file, its description and the file's hash, never the fields typed above.
extension RecordFormPage {
    func uploadForms() -> String {
        let names = Set(Schema.fields(of: edit.kind).map(\.name))
        var out = ""
        for target in ["images", "attachments"] where names.contains(target) {
            let images = target == "images"
            let id = "upload-" + target
            out += "<section class=\"upload\" aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(esc(words.word(images ? "upload_image" : "upload_file")))</h2>\n"
            out += "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/__okm/edit/upload?path=\(urlQuery(relativePath))&amp;to=\(target)\">\n"
            out += "<input type=\"hidden\" name=\"hash\" value=\"\(esc(hash))\">\n"
            out += "<p class=\"help\" id=\"\(id)-help\">\(esc(words.word(images ? "upload_image_help" : "upload_file_help")))</p>\n"
            let accept = images ? "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp"
                : "application/pdf,.pdf,.docx,.odt,image/jpeg,image/png,image/webp"
            out += "<label for=\"\(id)-file\">\(esc(words.word("upload_choose")))</label>\n"
            out += "<input type=\"file\" id=\"\(id)-file\" name=\"file\" required accept=\"\(accept)\" aria-describedby=\"\(id)-help\">\n"
            if images {
                out += "<label for=\"\(id)-alt\">\(esc(words.word("upload_alt")))</label>\n<input type=\"text\" id=\"\(id)-alt\" name=\"alt\" required>\n"
                out += "<label for=\"\(id)-caption\">\(esc(words.word("upload_caption")))</label>\n<input type=\"text\" id=\"\(id)-caption\" name=\"caption\">\n"
            } else {
                out += "<label for=\"\(id)-title\">\(esc(words.word("upload_title")))</label>\n<input type=\"text\" id=\"\(id)-title\" name=\"title\" required>\n"
            }
            out += "<button type=\"submit\">\(esc(words.word(images ? "upload_image" : "upload_file")))</button>\n</form>\n</section>\n"
        }
        return out
    }
}
