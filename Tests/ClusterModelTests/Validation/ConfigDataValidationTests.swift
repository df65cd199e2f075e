import Testing

@testable import ClusterModel

/// Admission of ConfigMaps and Secrets: `stringData`, the default type, key rules and what each type requires.
@Suite struct ConfigDataValidationTests {
    static func secret(_ extra: JSONValue) -> JSONValue {
        var secret: JSONValue = ["apiVersion": "v1", "kind": "Secret", "metadata": ["name": "s", "namespace": "default"]]
        for (key, value) in extra.object ?? [:] { secret[key] = value }
        return secret
    }

    @Test func stringDataIsStoredAsBase64DataAndWinsOverData() throws {
        var cluster = Cluster(seed: 1)
        let stored = try cluster.create(Self.secret(["data": ["a": "eA==", "b": "eQ=="], "stringData": ["a": "hello"]]))
        #expect(stored["data"] == ["a": "aGVsbG8=", "b": "eQ=="])
        #expect(stored["stringData"].isNull)
        #expect(stored["type"] == "Opaque")
    }

    @Test func aTLSSecretNeedsItsCertificateAndKey() {
        var cluster = Cluster(seed: 1)
        #expect(throws: APIError.self) { try cluster.create(Self.secret(["type": "kubernetes.io/tls", "stringData": ["a": "b"]])) }
        do {
            _ = try cluster.create(Self.secret(["type": "kubernetes.io/tls", "stringData": ["a": "b"]]))
        } catch {
            #expect(error.causes.map(\.field) == ["data[tls.crt]", "data[tls.key]"])
        }
    }

    @Test func keysFollowIsConfigMapKey() {
        #expect(Validation.configKeyProblems("app.properties").isEmpty)
        #expect(Validation.configKeyProblems("a b").count == 1)
        #expect(Validation.configKeyProblems("..x") == ["must not start with '..'"])
        #expect(Validation.configKeyProblems(".") == ["must not be '.'"])
        #expect(Validation.configKeyProblems(String(repeating: "k", count: 254)) == ["must be no more than 253 characters"])
    }

    @Test func aKeyInDataAndBinaryDataIsADuplicate() {
        var cluster = Cluster(seed: 1)
        let configMap: JSONValue = [
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "c", "namespace": "default"], "data": ["k": "v"],
            "binaryData": ["k": "dg=="],
        ]
        do {
            _ = try cluster.create(configMap)
            Issue.record("created")
        } catch {
            #expect(error.kubectlMessage == "The ConfigMap \"c\" is invalid: data[k]: Invalid value: \"k\": duplicate of key present in binaryData")
        }
    }

    @Test func base64RoundTrips() {
        for text in ["", "a", "ab", "abc", "s3cr3t", "héllo ✓"] {
            #expect(Base64.decode(Base64.encode(text)) == Array(text.utf8))
        }
        #expect(Base64.encode("s3cr3t") == "czNjcjN0")
        #expect(Base64.decode("not base64!") == nil)
    }
}
