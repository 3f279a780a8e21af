@NullMarked
package org.cellbook.security;

import org.jspecify.annotations.NullMarked;
