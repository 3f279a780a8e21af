@NullMarked
package org.cellbook.security.ui;

import org.jspecify.annotations.NullMarked;
