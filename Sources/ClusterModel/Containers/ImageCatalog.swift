/// The images the simulated registries hold: which references a pull finds, how large they are, and what their
/// default process does.
///
/// A reference outside the catalogue fails to pull as it does from a kind node: a missing tag of a known repository
/// is containerd's `not found`, an unknown repository is Docker Hub's `pull access denied` (see `PullFailure`).
struct ImageCatalog {
    /// What an image's default entrypoint does when the container's spec sets no `command` (and, for servers, no
    /// `args` that change it).
    enum Behaviour: Sendable, Equatable {
        /// The official nginx image (`NginxProgram`).
        case nginx
        /// The process is the image's default command, run by `ShellInterpreter` (busybox's `sh`, ubuntu's `bash`).
        case command([String])
        /// A server that writes `lines` at start and then runs until stopped.
        case server(lines: [String])
        /// A program that writes `lines` and exits with `code` at once.
        case exits(lines: [String], code: Int)
        /// A process that runs until stopped and writes nothing.
        case silent
    }

    /// One repository.
    struct Entry: Sendable {
        /// The normalized repository (`docker.io/library/nginx`).
        var repository: String
        /// Tags that exist besides the version tags.
        var namedTags: Set<String>
        /// The newest version (major, minor, patch); version tags up to it exist (`1.27`, `1.27.3`, `1.27.3-alpine`).
        var newest: (Int, Int, Int)?
        /// The oldest version with a tag.
        var oldest: (Int, Int, Int) = (0, 0, 0)
        /// The compressed size containerd reports, in bytes.
        var size: Int
        var behaviour: Behaviour
        var shell: ShellInterpreter.Flavour
        /// Memory the default process needs, in MiB: a lower memory limit is `OOMKilled`.
        var memoryMiB: Int
        /// Environment variables the default process refuses to start without, with its complaint and exit code.
        var requiredEnvironment: (names: [String], lines: [String], code: Int)? = nil
        /// The image's own long-running programs (`kube-apiserver`, `etcd`): a `command` naming one runs the image's
        /// default behaviour, and its health endpoints answer probes.
        var programs: Set<String> = []
    }

    /// Whether `container` runs one of its image's own programs (see `Entry.programs`).
    static func runsOwnProgram(_ container: JSONValue) -> Bool {
        guard case .found(let entry) = pull(container["image"].string ?? ""), !entry.programs.isEmpty else { return false }
        guard let first = container["command"][0].string else { return true }
        return entry.programs.contains(first.split(separator: "/").last.map(String.init) ?? first)
    }

    /// What pulling a reference gives.
    enum PullResult: Sendable {
        case found(Entry)
        case failed(PullFailure)
    }

    /// Looks `image` (as written in a pod spec) up.
    static func pull(_ image: String) -> PullResult {
        let normalized = ContainerRecord.normalizedImage(image)
        var repository = normalized
        var tag = "latest"
        if let at = normalized.firstIndex(of: "@") {
            repository = String(normalized[..<at])
            tag = ""
        } else if let slash = normalized.lastIndex(of: "/"), let colon = normalized[slash...].lastIndex(of: ":") {
            repository = String(normalized[..<colon])
            tag = String(normalized[normalized.index(after: colon)...])
        }
        repository = aliases[repository] ?? repository
        guard let entry = byRepository[repository] else {
            // Docker Hub answers an unknown repository with "pull access denied"; other registries with not found.
            return .failed(repository.hasPrefix("docker.io/") ? .repositoryMissing(reference: normalized) : .tagMissing(reference: normalized))
        }
        if tag.isEmpty || entry.namedTags.contains(tag) || versionExists(tag, in: entry) { return .found(entry) }
        return .failed(.tagMissing(reference: normalized))
    }

    /// Whether `tag` is a version tag of `entry`: `1`, `1.27`, `1.27.3`, optionally with a variant suffix
    /// (`-alpine`, `-slim`, `-bookworm`, …), between the oldest and the newest version.
    private static func versionExists(_ tag: String, in entry: Entry) -> Bool {
        guard let newest = entry.newest else { return false }
        var text = Substring(tag)
        if text.hasPrefix("v") { text = text.dropFirst() }
        let version = text.split(separator: "-", maxSplits: 1)[0]
        if text.count > version.count {
            let variant = text.dropFirst(version.count + 1)
            guard variants.contains(String(variant)) else { return false }
        }
        let numbers = version.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(numbers.count), numbers.allSatisfy({ $0 != nil && $0! >= 0 }) else { return false }
        let parts = numbers.map { $0! } + Array(repeating: -1, count: 3 - numbers.count)
        let (major, minor, patch) = (parts[0], parts[1], parts[2])
        if major < entry.oldest.0 || major > newest.0 { return false }
        if major == newest.0, minor > newest.1 { return false }
        if major == newest.0, minor == newest.1, patch > newest.2 { return false }
        if major == entry.oldest.0, minor >= 0, minor < entry.oldest.1 { return false }
        // Patch releases stay within a plausible range (nginx:1.161 is a typo, not a release).
        return minor <= 40 && patch <= 40
    }

    /// The catalogue by repository (every pod spec looks its images up).
    private static let byRepository: [String: Entry] = Dictionary(entries.map { ($0.repository, $0) }, uniquingKeysWith: { first, _ in first })

    private static let variants: Set<String> = [
        "alpine", "slim", "bookworm", "bullseye", "trixie", "perl", "alpine-slim", "glibc", "musl", "uclibc", "bookworm-slim",
        "bullseye-slim", "trixie-slim", "alpine3.20", "alpine3.21", "alpine3.22",
    ]

    /// Registries and repositories that are other names of catalogued ones.
    private static let aliases: [String: String] = [
        "k8s.gcr.io/pause": "registry.k8s.io/pause",
        "k8s.gcr.io/echoserver": "registry.k8s.io/echoserver",
        "gcr.io/k8s-minikube/kubernetes-bootcamp": "gcr.io/google-samples/kubernetes-bootcamp",
        "k8s.gcr.io/nginx-slim": "registry.k8s.io/nginx-slim",
        "k8s.gcr.io/hpa-example": "registry.k8s.io/hpa-example",
        "k8s.gcr.io/e2e-test-images/agnhost": "registry.k8s.io/e2e-test-images/agnhost",
    ]

    private static func library(
        _ name: String, tags: Set<String> = ["latest"], newest: (Int, Int, Int)?, oldest: (Int, Int, Int) = (0, 0, 0), size: Int,
        behaviour: Behaviour, shell: ShellInterpreter.Flavour = .dash, memoryMiB: Int = 4, programs: Set<String> = []
    ) -> Entry {
        Entry(
            repository: name.contains("/") && name.split(separator: "/")[0].contains(".") ? name : "docker.io/" + (name.contains("/") ? name : "library/" + name),
            namedTags: tags, newest: newest, oldest: oldest, size: size, behaviour: behaviour, shell: shell, memoryMiB: memoryMiB, programs: programs)
    }

    /// The catalogue.
    static let entries: [Entry] = [
        library("nginx", tags: ["latest", "stable", "mainline", "alpine", "perl", "alpine-slim", "stable-alpine", "mainline-alpine"],
                newest: (1, 29, 3), oldest: (1, 0, 0), size: 59_774_010, behaviour: .nginx, memoryMiB: 3),
        library("busybox", tags: ["latest", "stable", "musl", "glibc", "uclibc", "unstable"], newest: (1, 37, 0), oldest: (1, 20, 0),
                size: 2_223_685, behaviour: .command(["sh"]), shell: .busybox, memoryMiB: 1),
        library("alpine", tags: ["latest", "edge"], newest: (3, 22, 2), oldest: (2, 6, 0), size: 3_802_452,
                behaviour: .command(["/bin/sh"]), shell: .busybox, memoryMiB: 1),
        library("ubuntu", tags: ["latest", "rolling", "devel", "focal", "jammy", "noble", "plucky", "questing"], newest: (25, 10, 0),
                oldest: (12, 4, 0), size: 29_723_147, behaviour: .command(["/bin/bash"]), memoryMiB: 1),
        library("debian", tags: ["latest", "stable", "stable-slim", "bookworm", "bookworm-slim", "bullseye", "bullseye-slim", "trixie", "trixie-slim"],
                newest: (13, 2, 0), oldest: (6, 0, 0), size: 48_480_385, behaviour: .command(["bash"]), memoryMiB: 1),
        library("curlimages/curl", newest: (8, 17, 0), oldest: (7, 60, 0), size: 9_964_013,
                behaviour: .exits(lines: ["curl: try 'curl --help' or 'curl --manual' for more information"], code: 2), shell: .busybox, memoryMiB: 2),
        library("httpd", tags: ["latest", "alpine", "bookworm"], newest: (2, 4, 65), oldest: (2, 2, 0), size: 44_876_442,
                behaviour: .server(lines: [
                    "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message",
                    "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message",
                    "[{apache-time}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations",
                    "[{apache-time}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
                ]), memoryMiB: 6),
        library("redis", tags: ["latest", "alpine", "bookworm"], newest: (8, 2, 3), oldest: (3, 0, 0), size: 52_536_112,
                behaviour: .server(lines: [
                    "1:C {redis-time} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                    "1:C {redis-time} * Redis version=8.2.3, bits=64, commit=00000000, modified=1, pid=1, just started",
                    "1:C {redis-time} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf",
                    "1:M {redis-time} * monotonic clock: POSIX clock_gettime",
                    "1:M {redis-time} * Running mode=standalone, port=6379.",
                    "1:M {redis-time} * Server initialized",
                    "1:M {redis-time} * Ready to accept connections tcp",
                ]), memoryMiB: 8),
        Entry(
            repository: "docker.io/library/postgres", namedTags: ["latest", "alpine", "bookworm", "trixie"], newest: (18, 1, 0),
            oldest: (9, 0, 0), size: 158_913_401, behaviour: .server(lines: ["LOG:  database system is ready to accept connections"]),
            shell: .dash, memoryMiB: 24,
            requiredEnvironment: (
                ["POSTGRES_PASSWORD", "POSTGRES_HOST_AUTH_METHOD"],
                [
                    "Error: Database is uninitialized and superuser password is not specified.",
                    "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
                    "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".",
                    "",
                    "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all",
                    "       connections without a password. This is *not* recommended.",
                    "",
                    "       See PostgreSQL documentation about \"trust\":",
                    "       https://www.postgresql.org/docs/current/auth-trust.html",
                ], 1)),
        Entry(
            repository: "docker.io/library/mysql", namedTags: ["latest", "lts", "oracle", "innovation"], newest: (9, 5, 0), oldest: (5, 5, 0),
            size: 235_112_036, behaviour: .server(lines: ["[Server] /usr/sbin/mysqld: ready for connections. Version: '9.5.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."]),
            shell: .dash, memoryMiB: 200,
            requiredEnvironment: (
                ["MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"],
                [
                    "{mysql-time} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
                    "    You need to specify one of the following as an environment variable:",
                    "    - MYSQL_ROOT_PASSWORD",
                    "    - MYSQL_ALLOW_EMPTY_PASSWORD",
                    "    - MYSQL_RANDOM_ROOT_PASSWORD",
                ], 1)),
        library("python", tags: ["latest", "slim", "alpine"], newest: (3, 14, 0), oldest: (2, 7, 0), size: 412_534_118,
                behaviour: .exits(lines: [], code: 0), memoryMiB: 8),
        library("node", tags: ["latest", "lts", "slim", "alpine", "current"], newest: (25, 2, 0), oldest: (4, 0, 0), size: 398_119_043,
                behaviour: .exits(lines: [], code: 0), memoryMiB: 20),
        library("hazelcast/hazelcast", newest: (5, 6, 0), oldest: (3, 0, 0), size: 302_010_995, behaviour: .silent, memoryMiB: 128),
        library("polinux/stress", newest: (1, 0, 4), size: 4_041_365, behaviour: .exits(lines: [], code: 0), shell: .busybox, memoryMiB: 1),
        library("registry.k8s.io/busybox", tags: ["latest", "1.24", "1.27", "1.27.2"], newest: nil, size: 1_144_547,
                behaviour: .command(["sh"]), shell: .busybox, memoryMiB: 1),
        library("registry.k8s.io/pause", newest: (3, 10, 1), oldest: (3, 0, 0), size: 320_368, behaviour: .silent, shell: .none, memoryMiB: 1),
        library("registry.k8s.io/echoserver", newest: (1, 10, 0), oldest: (1, 0, 0), size: 46_358_426, behaviour: .silent, memoryMiB: 4),
        library("registry.k8s.io/nginx-slim", newest: (0, 27, 0), oldest: (0, 1, 0), size: 41_124_008, behaviour: .silent, memoryMiB: 3),
        library("registry.k8s.io/hpa-example", newest: nil, size: 186_254_011, behaviour: .silent, memoryMiB: 10),
        library("registry.k8s.io/e2e-test-images/agnhost", newest: (2, 56, 0), oldest: (2, 0, 0), size: 49_614_226, behaviour: .silent,
                shell: .busybox, memoryMiB: 4),
        library("gcr.io/google-samples/kubernetes-bootcamp", tags: ["v1"], newest: nil, size: 75_621_451,
                behaviour: .server(lines: ["Kubernetes Bootcamp App Started At: {iso-time} | Running On:  {hostname} ", ""]), memoryMiB: 16),
        library("jocatalin/kubernetes-bootcamp", tags: ["v1", "v2"], newest: nil, size: 75_621_465,
                behaviour: .server(lines: ["Kubernetes Bootcamp App Started At: {iso-time} | Running On:  {hostname} ", ""]), memoryMiB: 16),
        library("gcr.io/google-samples/hello-app", tags: ["1.0", "2.0"], newest: nil, size: 4_395_322,
                behaviour: .server(lines: ["{go-time} Server listening on port 8080"]), shell: .none, memoryMiB: 4),
        library("gcr.io/google-samples/node-hello", tags: ["1.0"], newest: nil, size: 245_191_312, behaviour: .silent, memoryMiB: 16),
        // A kind node's preloaded system images (kind v0.31.0, Kubernetes v1.35; `KindSystem` runs them). Their logs
        // are not simulated.
        library("registry.k8s.io/etcd", tags: ["3.6.6-0"], newest: nil, size: 23_634_946, behaviour: .silent, shell: .none, memoryMiB: 10,
                programs: ["etcd"]),
        library("registry.k8s.io/kube-apiserver", tags: KindSystem.versionTags, newest: nil, size: 30_140_928, behaviour: .silent, shell: .none,
                memoryMiB: 10, programs: ["kube-apiserver"]),
        library("registry.k8s.io/kube-controller-manager", tags: KindSystem.versionTags, newest: nil, size: 24_987_310, behaviour: .silent,
                shell: .none, memoryMiB: 10, programs: ["kube-controller-manager"]),
        library("registry.k8s.io/kube-scheduler", tags: KindSystem.versionTags, newest: nil, size: 19_412_554, behaviour: .silent, shell: .none,
                memoryMiB: 10, programs: ["kube-scheduler"]),
        library("registry.k8s.io/kube-proxy", tags: KindSystem.versionTags, newest: nil, size: 31_232_516, behaviour: .silent, shell: .none,
                memoryMiB: 10, programs: ["kube-proxy"]),
        library("registry.k8s.io/coredns/coredns", tags: ["v1.13.1"], newest: nil, size: 22_372_196, behaviour: .silent, shell: .none,
                memoryMiB: 10, programs: ["coredns"]),
        library("docker.io/kindest/kindnetd", tags: [KindSystem.kindnetdTag], newest: nil, size: 40_615_702, behaviour: .silent, shell: .none,
                memoryMiB: 10, programs: ["kindnetd"]),
        library("docker.io/kindest/local-path-provisioner", tags: [KindSystem.kindTag], newest: nil, size: 22_541_737, behaviour: .silent,
                shell: .none, memoryMiB: 10, programs: ["local-path-provisioner"]),
        library("docker.io/kindest/local-path-helper", tags: [KindSystem.helperTag], newest: nil, size: 3_084_671, behaviour: .command(["sh"]),
                shell: .busybox, memoryMiB: 1),
    ]
}

/// Why a pull failed, with the message containerd and the kubelet report (verified against real kind clusters: a
/// missing tag keeps gRPC's `rpc error: code = NotFound` prefix; for a missing repository containerd answers code
/// Unknown, which the kubelet's CRI client strips; `cri-client` `pullImageV1`).
enum PullFailure: Sendable, Equatable {
    case tagMissing(reference: String)
    case repositoryMissing(reference: String)

    /// The error the kubelet's `Failed to pull image` event and the `ErrImagePull` state carry.
    var message: String {
        switch self {
        case .tagMissing(let reference):
            return "rpc error: code = NotFound desc = failed to pull and unpack image \"\(reference)\": failed to resolve reference \"\(reference)\": \(reference): not found"
        case .repositoryMissing(let reference):
            return "failed to pull and unpack image \"\(reference)\": failed to resolve reference \"\(reference)\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
        }
    }
}
