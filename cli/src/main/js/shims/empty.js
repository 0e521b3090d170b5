// Stands in for node modules that libraries mention but the sandbox never offers (fs, os, jquery).
module.exports = {};
