/// The system objects `kind create cluster` (v0.31.0, Kubernetes v1.35) leaves in a cluster: kubeadm's static
/// control-plane pods and add-ons (CoreDNS, kube-proxy), kind's CNI (kindnet) and storage (local-path-provisioner),
/// and the ConfigMaps, ServiceAccounts and classes that come with them.
///
/// The manifests follow kubeadm (`cmd/kubeadm/app/phases/addons/dns/manifests.go`, `…/proxy/manifests.go`,
/// `…/controlplane/manifests.go`, `…/etcd/local.go`) and kind (`pkg/build/nodeimage/const_cni.go`,
/// `const_storage.go`, `pkg/cluster/internal/kubeadm/config.go`), trimmed to what the simulation reads and shows.
enum KindSystem {
    /// Tags of the Kubernetes component images a node has.
    static let versionTags: Set<String> = ["v1.35.0", "v1.35.1", "v1.35.2"]
    /// kind v0.31.0's images (`const_cni.go`, `const_storage.go`).
    static let kindnetdTag = "v20251212-v0.29.0-alpha-105-g20ccfc88"
    static let kindTag = "v20251212-v0.29.0-alpha-105-g20ccfc88"
    static let helperTag = "v20251211-v0.29.0-alpha-100-g82a92c5d"
    /// kubeadm v1.35's pinned versions (`constants.go`).
    static let etcdImage = "registry.k8s.io/etcd:3.6.6-0"
    static let coreDNSImage = "registry.k8s.io/coredns/coredns:v1.13.1"
    static let kindnetdImage = "docker.io/kindest/kindnetd:" + kindnetdTag
    static let provisionerImage = "docker.io/kindest/local-path-provisioner:" + kindTag
    static let helperImage = "docker.io/kindest/local-path-helper:" + helperTag
    /// The kube-dns Service address (the tenth address of kind's service subnet 10.96.0.0/16).
    static let dnsIP = "10.96.0.10"

    /// Every image a kind node has preloaded (so the kubelet reports it "already present on machine").
    static func preloadedImages(version: String) -> [String] {
        ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kube-proxy"].map { "registry.k8s.io/\($0):\(version)" }
            + [etcdImage, coreDNSImage, kindnetdImage, provisionerImage, helperImage, "registry.k8s.io/pause:3.10.1"]
    }

    // MARK: Static pods

    /// The kubelet's static pod manifests on the control-plane node at `ip` (`/etc/kubernetes/manifests`).
    static func staticPods(ip: String, version: String) -> [JSONValue] {
        let pki = "/etc/kubernetes/pki"
        func pod(_ component: String, image: String, command: [String], cpu: String, mounts: [(String, String, Bool)], annotations: [String: String] = [:]) -> JSONValue {
            [
                "apiVersion": "v1", "kind": "Pod",
                "metadata": [
                    "name": .string(component), "namespace": "kube-system", "labels": ["component": .string(component), "tier": "control-plane"],
                    "annotations": JSONValue(stringMap: annotations),
                ],
                "spec": [
                    "containers": [
                        [
                            "command": .array(command.map { .string($0) }), "image": .string(image), "imagePullPolicy": "IfNotPresent",
                            "name": .string(component), "resources": ["requests": ["cpu": .string(cpu)]],
                            "volumeMounts": .array(mounts.map { ["mountPath": .string($0.1), "name": .string($0.0), "readOnly": .bool($0.2)] }),
                        ]
                    ],
                    "hostNetwork": true, "priority": 2_000_001_000, "priorityClassName": "system-node-critical",
                    "securityContext": ["seccompProfile": ["type": "RuntimeDefault"]],
                    "volumes": .array(mounts.map { ["hostPath": ["path": .string($0.1), "type": "DirectoryOrCreate"], "name": .string($0.0)] }),
                ],
            ]
        }
        let certs = ("k8s-certs", pki, true)
        let caCerts = ("ca-certs", "/etc/ssl/certs", true)
        return [
            pod(
                "etcd", image: etcdImage,
                command: [
                    "etcd", "--advertise-client-urls=https://\(ip):2379", "--cert-file=\(pki)/etcd/server.crt", "--client-cert-auth=true",
                    "--data-dir=/var/lib/etcd", "--feature-gates=InitialCorruptCheck=true", "--initial-advertise-peer-urls=https://\(ip):2380",
                    "--initial-cluster=kind-control-plane=https://\(ip):2380", "--key-file=\(pki)/etcd/server.key",
                    "--listen-client-urls=https://127.0.0.1:2379,https://\(ip):2379", "--listen-metrics-urls=http://127.0.0.1:2381",
                    "--listen-peer-urls=https://\(ip):2380", "--name=kind-control-plane", "--peer-cert-file=\(pki)/etcd/peer.crt",
                    "--peer-client-cert-auth=true", "--peer-key-file=\(pki)/etcd/peer.key", "--peer-trusted-ca-file=\(pki)/etcd/ca.crt",
                    "--snapshot-count=10000", "--trusted-ca-file=\(pki)/etcd/ca.crt",
                ], cpu: "100m", mounts: [("etcd-certs", "\(pki)/etcd", false), ("etcd-data", "/var/lib/etcd", false)],
                annotations: ["kubeadm.kubernetes.io/etcd.advertise-client-urls": "https://\(ip):2379"]),
            pod(
                "kube-apiserver", image: "registry.k8s.io/kube-apiserver:\(version)",
                command: [
                    "kube-apiserver", "--advertise-address=\(ip)", "--allow-privileged=true", "--authorization-mode=Node,RBAC",
                    "--client-ca-file=\(pki)/ca.crt", "--enable-admission-plugins=NodeRestriction", "--enable-bootstrap-token-auth=true",
                    "--etcd-cafile=\(pki)/etcd/ca.crt", "--etcd-certfile=\(pki)/apiserver-etcd-client.crt",
                    "--etcd-keyfile=\(pki)/apiserver-etcd-client.key", "--etcd-servers=https://127.0.0.1:2379",
                    "--kubelet-client-certificate=\(pki)/apiserver-kubelet-client.crt", "--kubelet-client-key=\(pki)/apiserver-kubelet-client.key",
                    "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname", "--proxy-client-cert-file=\(pki)/front-proxy-client.crt",
                    "--proxy-client-key-file=\(pki)/front-proxy-client.key", "--requestheader-allowed-names=front-proxy-client",
                    "--requestheader-client-ca-file=\(pki)/front-proxy-ca.crt", "--requestheader-extra-headers-prefix=X-Remote-Extra-",
                    "--requestheader-group-headers=X-Remote-Group", "--requestheader-username-headers=X-Remote-User", "--runtime-config=",
                    "--secure-port=6443", "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                    "--service-account-key-file=\(pki)/sa.pub", "--service-account-signing-key-file=\(pki)/sa.key",
                    "--service-cluster-ip-range=10.96.0.0/16", "--tls-cert-file=\(pki)/apiserver.crt", "--tls-private-key-file=\(pki)/apiserver.key",
                ], cpu: "250m", mounts: [caCerts, ("etc-ca-certificates", "/etc/ca-certificates", true), certs],
                annotations: ["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": "\(ip):6443"]),
            pod(
                "kube-controller-manager", image: "registry.k8s.io/kube-controller-manager:\(version)",
                command: [
                    "kube-controller-manager", "--allocate-node-cidrs=true", "--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
                    "--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf", "--bind-address=127.0.0.1",
                    "--client-ca-file=\(pki)/ca.crt", "--cluster-cidr=10.244.0.0/16", "--cluster-name=kind",
                    "--cluster-signing-cert-file=\(pki)/ca.crt", "--cluster-signing-key-file=\(pki)/ca.key", "--controllers=*,bootstrapsigner,tokencleaner",
                    "--enable-hostpath-provisioner=true", "--kubeconfig=/etc/kubernetes/controller-manager.conf", "--leader-elect=true",
                    "--requestheader-client-ca-file=\(pki)/front-proxy-ca.crt", "--root-ca-file=\(pki)/ca.crt",
                    "--service-account-private-key-file=\(pki)/sa.key", "--service-cluster-ip-range=10.96.0.0/16",
                    "--use-service-account-credentials=true",
                ], cpu: "200m", mounts: [caCerts, certs, ("kubeconfig", "/etc/kubernetes/controller-manager.conf", true)]),
            pod(
                "kube-scheduler", image: "registry.k8s.io/kube-scheduler:\(version)",
                command: [
                    "kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf",
                    "--authorization-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1",
                    "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=true",
                ], cpu: "100m", mounts: [("kubeconfig", "/etc/kubernetes/scheduler.conf", true)]),
        ]
    }

    // MARK: Add-ons

    /// kubeadm's add-ons and kind's CNI and storage, in the order they are applied.
    static func addOns(version: String) -> [JSONValue] {
        let osSelector: JSONValue = ["kubernetes.io/os": "linux"]
        let coreDNS: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "coredns", "namespace": "kube-system", "labels": ["k8s-app": "kube-dns"]],
            "spec": [
                "replicas": 2, "selector": ["matchLabels": ["k8s-app": "kube-dns"]],
                "strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 1]],
                "template": [
                    "metadata": ["labels": ["k8s-app": "kube-dns"]],
                    "spec": [
                        "priorityClassName": "system-cluster-critical", "serviceAccountName": "coredns",
                        "affinity": [
                            "podAntiAffinity": [
                                "preferredDuringSchedulingIgnoredDuringExecution": [
                                    [
                                        "weight": 100,
                                        "podAffinityTerm": [
                                            "labelSelector": ["matchExpressions": [["key": "k8s-app", "operator": "In", "values": ["kube-dns"]]]],
                                            "topologyKey": "kubernetes.io/hostname",
                                        ],
                                    ]
                                ]
                            ]
                        ],
                        "tolerations": [
                            ["key": "CriticalAddonsOnly", "operator": "Exists"],
                            ["key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"],
                        ],
                        "nodeSelector": osSelector,
                        "containers": [
                            [
                                "name": "coredns", "image": .string(coreDNSImage), "imagePullPolicy": "IfNotPresent",
                                "resources": ["limits": ["memory": "170Mi"], "requests": ["cpu": "100m", "memory": "70Mi"]],
                                "args": ["-conf", "/etc/coredns/Corefile"],
                                "volumeMounts": [["name": "config-volume", "mountPath": "/etc/coredns", "readOnly": true]],
                                "ports": [
                                    ["containerPort": 53, "name": "dns", "protocol": "UDP"], ["containerPort": 53, "name": "dns-tcp", "protocol": "TCP"],
                                    ["containerPort": 9153, "name": "metrics", "protocol": "TCP"],
                                    ["containerPort": 8080, "name": "liveness-probe", "protocol": "TCP"],
                                    ["containerPort": 8181, "name": "readiness-probe", "protocol": "TCP"],
                                ],
                                "livenessProbe": [
                                    "httpGet": ["path": "/health", "port": "liveness-probe", "scheme": "HTTP"], "initialDelaySeconds": 60,
                                    "timeoutSeconds": 5, "successThreshold": 1, "failureThreshold": 5,
                                ],
                                "readinessProbe": ["httpGet": ["path": "/ready", "port": "readiness-probe", "scheme": "HTTP"]],
                                "securityContext": [
                                    "allowPrivilegeEscalation": false, "capabilities": ["add": ["NET_BIND_SERVICE"], "drop": ["ALL"]],
                                    "readOnlyRootFilesystem": true,
                                ],
                            ]
                        ],
                        "dnsPolicy": "Default",
                        "volumes": [["name": "config-volume", "configMap": ["name": "coredns", "items": [["key": "Corefile", "path": "Corefile"]]]]],
                    ],
                ],
            ],
        ]
        let dnsService: JSONValue = [
            "apiVersion": "v1", "kind": "Service",
            "metadata": [
                "name": "kube-dns", "namespace": "kube-system",
                "labels": ["k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS"],
                "annotations": ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"],
            ],
            "spec": [
                "clusterIP": .string(dnsIP),
                "ports": [
                    ["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53], ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                    ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153],
                ],
                "selector": ["k8s-app": "kube-dns"],
            ],
        ]
        let kubeProxy: JSONValue = [
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": ["name": "kube-proxy", "namespace": "kube-system", "labels": ["k8s-app": "kube-proxy"]],
            "spec": [
                "selector": ["matchLabels": ["k8s-app": "kube-proxy"]], "updateStrategy": ["type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": ["k8s-app": "kube-proxy"]],
                    "spec": [
                        "priorityClassName": "system-node-critical",
                        "containers": [
                            [
                                "name": "kube-proxy", "image": .string("registry.k8s.io/kube-proxy:\(version)"), "imagePullPolicy": "IfNotPresent",
                                "command": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
                                "securityContext": ["capabilities": ["add": ["NET_ADMIN", "SYS_MODULE"]]],
                                "volumeMounts": [
                                    ["mountPath": "/var/lib/kube-proxy", "name": "kube-proxy"],
                                    ["mountPath": "/run/xtables.lock", "name": "xtables-lock"],
                                    ["mountPath": "/lib/modules", "name": "lib-modules", "readOnly": true],
                                ],
                                "env": [["name": "NODE_NAME", "valueFrom": ["fieldRef": ["fieldPath": "spec.nodeName"]]]],
                            ]
                        ],
                        "hostNetwork": true, "serviceAccountName": "kube-proxy",
                        "volumes": [
                            ["name": "kube-proxy", "configMap": ["name": "kube-proxy"]],
                            ["name": "xtables-lock", "hostPath": ["path": "/run/xtables.lock", "type": "FileOrCreate"]],
                            ["name": "lib-modules", "hostPath": ["path": "/lib/modules"]],
                        ],
                        "tolerations": [["key": "CriticalAddonsOnly", "operator": "Exists"], ["operator": "Exists"]],
                        "nodeSelector": osSelector,
                    ],
                ],
            ],
        ]
        let kindnet: JSONValue = [
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": ["name": "kindnet", "namespace": "kube-system", "labels": ["tier": "node", "app": "kindnet", "k8s-app": "kindnet"]],
            "spec": [
                "selector": ["matchLabels": ["app": "kindnet"]],
                "template": [
                    "metadata": ["labels": ["tier": "node", "app": "kindnet", "k8s-app": "kindnet"]],
                    "spec": [
                        "hostNetwork": true, "nodeSelector": osSelector, "tolerations": [["operator": "Exists"]],
                        "priorityClassName": "system-node-critical", "serviceAccountName": "kindnet",
                        "containers": [
                            [
                                "name": "kindnet-cni", "image": .string(kindnetdImage),
                                "env": [
                                    ["name": "HOST_IP", "valueFrom": ["fieldRef": ["fieldPath": "status.hostIP"]]],
                                    ["name": "POD_IP", "valueFrom": ["fieldRef": ["fieldPath": "status.podIP"]]],
                                    ["name": "POD_SUBNET", "value": "10.244.0.0/16"],
                                ],
                                "volumeMounts": [
                                    ["name": "cni-cfg", "mountPath": "/etc/cni/net.d"], ["name": "xtables-lock", "mountPath": "/run/xtables.lock", "readOnly": false],
                                    ["name": "lib-modules", "mountPath": "/lib/modules", "readOnly": true], ["name": "nri-plugin", "mountPath": "/var/run/nri"],
                                ],
                                "resources": ["requests": ["cpu": "100m", "memory": "50Mi"], "limits": ["cpu": "100m", "memory": "50Mi"]],
                                "securityContext": ["privileged": false, "capabilities": ["add": ["NET_RAW", "NET_ADMIN"]]],
                            ]
                        ],
                        "volumes": [
                            ["name": "cni-cfg", "hostPath": ["path": "/etc/cni/net.d"]],
                            ["name": "xtables-lock", "hostPath": ["path": "/run/xtables.lock", "type": "FileOrCreate"]],
                            ["name": "lib-modules", "hostPath": ["path": "/lib/modules"]], ["name": "nri-plugin", "hostPath": ["path": "/var/run/nri"]],
                        ],
                    ],
                ],
            ],
        ]
        let provisioner: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "local-path-provisioner", "namespace": "local-path-storage"],
            "spec": [
                "replicas": 1, "selector": ["matchLabels": ["app": "local-path-provisioner"]],
                "template": [
                    "metadata": ["labels": ["app": "local-path-provisioner"]],
                    "spec": [
                        "nodeSelector": osSelector,
                        "tolerations": [
                            ["key": "node-role.kubernetes.io/control-plane", "operator": "Equal", "effect": "NoSchedule"],
                            ["key": "node-role.kubernetes.io/master", "operator": "Equal", "effect": "NoSchedule"],
                        ],
                        "serviceAccountName": "local-path-provisioner-service-account",
                        "containers": [
                            [
                                "name": "local-path-provisioner", "image": .string(provisionerImage), "imagePullPolicy": "IfNotPresent",
                                "command": [
                                    "local-path-provisioner", "--debug", "start", "--helper-image", .string(helperImage), "--config", "/etc/config/config.json",
                                ],
                                "volumeMounts": [["name": "config-volume", "mountPath": "/etc/config/"]],
                                "env": [
                                    ["name": "POD_NAMESPACE", "valueFrom": ["fieldRef": ["fieldPath": "metadata.namespace"]]],
                                    ["name": "CONFIG_MOUNT_PATH", "value": "/etc/config/"],
                                ],
                            ]
                        ],
                        "volumes": [["name": "config-volume", "configMap": ["name": "local-path-config"]]],
                    ],
                ],
            ],
        ]
        func account(_ name: String, _ namespace: String) -> JSONValue {
            ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": .string(name), "namespace": .string(namespace)]]
        }
        func configMap(_ name: String, _ namespace: String, _ data: [String: String], labels: [String: String] = [:]) -> JSONValue {
            var metadata: JSONValue = ["name": .string(name), "namespace": .string(namespace)]
            if !labels.isEmpty { metadata["labels"] = JSONValue(stringMap: labels) }
            return ["apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata, "data": JSONValue(stringMap: data)]
        }
        let corefile = """
            .:53 {
                errors
                health {
                   lameduck 5s
                }
                ready
                kubernetes cluster.local in-addr.arpa ip6.arpa {
                   pods insecure
                   fallthrough in-addr.arpa ip6.arpa
                   ttl 30
                }
                prometheus :9153
                forward . /etc/resolv.conf {
                   max_concurrent 1000
                }
                cache 30 {
                   disable success cluster.local
                   disable denial cluster.local
                }
                loop
                reload
                loadbalance
            }

            """
        let localPathConfig = """
            {
                    "nodePathMap":[
                    {
                            "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",
                            "paths":["/var/local-path-provisioner"]
                    }
                    ]
            }
            """
        return [
            configMap("coredns", "kube-system", ["Corefile": corefile]),
            account("coredns", "kube-system"),
            coreDNS,
            dnsService,
            configMap(
                "kube-proxy", "kube-system",
                [
                    "config.conf": "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nclusterCIDR: 10.244.0.0/16\nkind: KubeProxyConfiguration\nmode: iptables\n",
                    "kubeconfig.conf": "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://kind-control-plane:6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token",
                ], labels: ["app": "kube-proxy"]),
            account("kube-proxy", "kube-system"),
            kubeProxy,
            account("kindnet", "kube-system"),
            kindnet,
            ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "local-path-storage"]],
            account("local-path-provisioner-service-account", "local-path-storage"),
            provisioner,
            [
                "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass",
                "metadata": ["name": "standard", "annotations": ["storageclass.kubernetes.io/is-default-class": "true"]],
                "provisioner": "rancher.io/local-path", "volumeBindingMode": "WaitForFirstConsumer", "reclaimPolicy": "Delete",
            ],
            configMap(
                "local-path-config", "local-path-storage",
                [
                    "config.json": localPathConfig, "setup": "#!/bin/sh\nset -eu\nmkdir -m 0777 -p \"$VOL_DIR\"",
                    "teardown": "#!/bin/sh\nset -eu\nrm -rf \"$VOL_DIR\"",
                    "helperPod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  priorityClassName: system-node-critical\n  tolerations:\n    - key: node.kubernetes.io/disk-pressure\n      operator: Exists\n      effect: NoSchedule\n  containers:\n  - name: helper-pod\n    image: \(helperImage)\n    imagePullPolicy: IfNotPresent",
                ]),
        ]
    }

    /// The built-in PriorityClasses the API server creates (`scheduling/api` `SystemPriorityClasses`).
    static let priorityClasses: [JSONValue] = [
        [
            "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": "system-cluster-critical"],
            "value": 2_000_000_000, "description": "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.",
            "preemptionPolicy": "PreemptLowerPriority",
        ],
        [
            "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": "system-node-critical"],
            "value": 2_000_001_000, "description": "Used for system critical pods that must not be moved from their current node.",
            "preemptionPolicy": "PreemptLowerPriority",
        ],
    ]

    /// kubeadm's ConfigMaps in `kube-system` and `kube-public` (the data a learner sees counted in `get cm`).
    static func kubeadmConfigMaps(apiServer: String, version: String) -> [JSONValue] {
        func configMap(_ name: String, _ namespace: String, _ data: [String: String]) -> JSONValue {
            ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name), "namespace": .string(namespace)], "data": JSONValue(stringMap: data)]
        }
        return [
            configMap(
                "kubeadm-config", "kube-system",
                [
                    "ClusterConfiguration": "apiServer: {}\napiVersion: kubeadm.k8s.io/v1beta4\ncaCertificateValidityPeriod: 87600h0m0s\ncertificateValidityPeriod: 8760h0m0s\ncertificatesDir: /etc/kubernetes/pki\nclusterName: kind\ncontrolPlaneEndpoint: kind-control-plane:6443\ncontrollerManager: {}\ndns: {}\nencryptionAlgorithm: RSA-2048\netcd:\n  local:\n    dataDir: /var/lib/etcd\nimageRepository: registry.k8s.io\nkind: ClusterConfiguration\nkubernetesVersion: \(version)\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\nproxy: {}\nscheduler: {}\n"
                ]),
            configMap(
                "kubelet-config", "kube-system",
                [
                    "kubelet": "apiVersion: kubelet.config.k8s.io/v1beta1\ncgroupDriver: systemd\nclusterDNS:\n- \(dnsIP)\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n"
                ]),
            configMap("cluster-info", "kube-public", ["jws-kubeconfig-abcdef": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImFiY2RlZiJ9..2VnYkhtX6t0Ej5OE8eFdnQ7bJpYwLr1sM4vhK9cTuDg", "kubeconfig": "apiVersion: v1\nclusters:\n- cluster:\n    server: https://\(apiServer):6443\n  name: \"\"\ncontexts: null\ncurrent-context: \"\"\nkind: Config\npreferences: {}\nusers: null\n"]),
        ]
    }
}
