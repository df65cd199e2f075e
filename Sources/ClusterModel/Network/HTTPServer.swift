/// The HTTP servers the simulated images run, the port each listens on, and what they answer: the official nginx
/// image's default site and Apache httpd's.
enum HTTPServer: Sendable, Equatable {
    case nginx
    case httpd

    /// The server a container of `image` runs with its default command (`program`), if it runs one.
    static func running(_ program: ContainerProgram, image: String) -> HTTPServer? {
        if case .nginx = program { return .nginx }
        if case .server = program, ContainerRecord.normalizedImage(image).hasPrefix("docker.io/library/httpd") { return .httpd }
        return nil
    }

    /// The port the default configuration listens on.
    var port: Int { 80 }

    /// The `Server` header.
    var software: String {
        switch self {
        case .nginx: return "nginx/1.29.3"
        case .httpd: return "Apache/2.4.65 (Unix)"
        }
    }

    /// The answer to `method path` at `now`.
    func respond(method: String, path: String, now: Timestamp, address: String, pod: String) -> HTTPResponse {
        let date = HTTPServer.httpDate(now)
        let found = path == "/" || path == "/index.html"
        switch self {
        case .nginx:
            guard found else {
                let body = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>\(software)</center>\r\n</body>\r\n</html>\r\n"
                return HTTPResponse(
                    status: 404, reason: "Not Found",
                    headers: [("Server", software), ("Date", date), ("Content-Type", "text/html"), ("Content-Length", String(body.utf8.count)), ("Connection", "keep-alive")],
                    body: method == "HEAD" ? "" : body, address: address, servedBy: pod)
            }
            let body = HTTPServer.nginxWelcome
            return HTTPResponse(
                status: 200, reason: "OK",
                headers: [
                    ("Server", software), ("Date", date), ("Content-Type", "text/html"), ("Content-Length", String(body.utf8.count)),
                    ("Last-Modified", "Tue, 28 Oct 2025 16:24:38 GMT"), ("Connection", "keep-alive"), ("ETag", "\"6900ee46-267\""), ("Accept-Ranges", "bytes"),
                ],
                body: method == "HEAD" ? "" : body, address: address, servedBy: pod)
        case .httpd:
            guard found else {
                let body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n"
                return HTTPResponse(
                    status: 404, reason: "Not Found",
                    headers: [("Date", date), ("Server", software), ("Content-Length", String(body.utf8.count)), ("Content-Type", "text/html; charset=iso-8859-1")],
                    body: method == "HEAD" ? "" : body, address: address, servedBy: pod)
            }
            let body = "<html><body><h1>It works!</h1></body></html>\n"
            return HTTPResponse(
                status: 200, reason: "OK",
                headers: [
                    ("Date", date), ("Server", software), ("Last-Modified", "Mon, 11 Jun 2007 18:53:14 GMT"), ("ETag", "\"2d-432a5e4a73a80\""),
                    ("Accept-Ranges", "bytes"), ("Content-Length", String(body.utf8.count)), ("Content-Type", "text/html"),
                ],
                body: method == "HEAD" ? "" : body, address: address, servedBy: pod)
        }
    }

    /// The access-log line the server writes for a request (nginx's `main` format of the image's nginx.conf, httpd's
    /// `common` format).
    func accessLogLine(clientIP: String, method: String, path: String, status: Int, bytes: Int, userAgent: String, at time: Timestamp) -> String {
        let stamp = HTTPServer.logTime(time)
        switch self {
        case .nginx: return "\(clientIP) - - [\(stamp)] \"\(method) \(path) HTTP/1.1\" \(status) \(bytes) \"-\" \"\(userAgent)\" \"-\""
        case .httpd: return "\(clientIP) - - [\(stamp)] \"\(method) \(path) HTTP/1.1\" \(status) \(bytes == 0 ? "-" : String(bytes))"
        }
    }

    /// The official nginx image's `/usr/share/nginx/html/index.html` (615 bytes).
    static let nginxWelcome = """
        <!DOCTYPE html>
        <html>
        <head>
        <title>Welcome to nginx!</title>
        <style>
        html { color-scheme: light dark; }
        body { width: 35em; margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif; }
        </style>
        </head>
        <body>
        <h1>Welcome to nginx!</h1>
        <p>If you see this page, the nginx web server is successfully installed and
        working. Further configuration is required.</p>

        <p>For online documentation and support please refer to
        <a href="http://nginx.org/">nginx.org</a>.<br/>
        Commercial support is available at
        <a href="http://nginx.com/">nginx.com</a>.</p>

        <p><em>Thank you for using nginx.</em></p>
        </body>
        </html>

        """

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// RFC 7231's IMF-fixdate: `Fri, 04 Dec 2026 18:40:12 GMT`.
    static func httpDate(_ time: Timestamp) -> String {
        let civil = CivilTime(epochSeconds: time.seconds)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        return "\(weekdays[civil.weekday]), \(two(civil.day)) \(months[civil.month - 1]) \(civil.year) \(two(civil.hour)):\(two(civil.minute)):\(two(civil.second)) GMT"
    }

    /// The access logs' `$time_local` (UTC in the images): `04/Dec/2026:18:40:12 +0000`.
    static func logTime(_ time: Timestamp) -> String {
        let civil = CivilTime(epochSeconds: time.seconds)
        return "\(two(civil.day))/\(months[civil.month - 1])/\(civil.year):\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second)) +0000"
    }
}
