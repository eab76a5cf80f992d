// ClusterKeyMemo: the merge lookup's answers kept for the open batch (see the header).
#include "store/cluster_key_memo.h"

#include <algorithm>

namespace casebook {

const std::vector<int64_t>* ClusterKeyMemo::clusters_of(std::string_view key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? nullptr : &it->second;
}

const ClusterKeyMemo::Cluster* ClusterKeyMemo::cluster(int64_t id) const {
  auto it = clusters_.find(id);
  return it == clusters_.end() ? nullptr : &it->second;
}

void ClusterKeyMemo::remember_key(std::string_view key, std::vector<int64_t> clusters) {
  keys_.insert_or_assign(std::string(key), std::move(clusters));
}

void ClusterKeyMemo::remember_cluster(int64_t id, Cluster c) {
  clusters_.insert_or_assign(id, std::move(c));
}

void ClusterKeyMemo::add_key(std::string_view key, int64_t cluster) {
  auto it = keys_.find(key);
  if (it == keys_.end()) return;  // never looked up: the next lookup reads the table
  std::vector<int64_t>& v = it->second;
  auto at = std::lower_bound(v.begin(), v.end(), cluster);
  if (at == v.end() || *at != cluster) v.insert(at, cluster);
}

void ClusterKeyMemo::set_sex(int64_t cluster, std::string_view sex) {
  auto it = clusters_.find(cluster);
  if (it == clusters_.end() || !it->second.sex_null) return;
  it->second.sex_null = false;
  it->second.sex = std::string(sex);
}

void ClusterKeyMemo::clear() {
  keys_.clear();
  clusters_.clear();
}

}  // namespace casebook
